/**
 * The holdout split of domain.md §5: a row whose position among the table's rows (0 = the first
 * row below the header) is 0, 1 or 2 mod 10 is held out, the rest fit.
 */
export function holdoutSplit(count: number): { fit: Int32Array; holdout: Int32Array } {
  const fit: number[] = [];
  const holdout: number[] = [];
  for (let i = 0; i < count; i++) (i % 10 < 3 ? holdout : fit).push(i);
  return { fit: Int32Array.from(fit), holdout: Int32Array.from(holdout) };
}
