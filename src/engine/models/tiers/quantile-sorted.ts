/**
 * The R type 7 quantile of values sorted ascending, as simple-statistics' quantileSorted computes
 * it (h = (n - 1) p; x[floor h] + (h - floor h)(x[floor h + 1] - x[floor h])), for a typed array
 * too. Throws, as it does, for no values or p outside [0, 1].
 */
export function quantileSorted(sorted: ArrayLike<number>, p: number): number {
  const n = sorted.length;
  const h = (n - 1) * p;
  if (n === 0) throw new Error("quantile requires at least one data point.");
  if (p < 0 || p > 1) throw new Error("quantiles must be between 0 and 1");
  if (p === 1) return sorted[n - 1];
  if (p === 0) return sorted[0];
  if (h % 1 === 0) return sorted[h];
  const lower = Math.floor(h);
  const upper = Math.ceil(h);
  return sorted[lower] + (h - lower) * (sorted[upper] - sorted[lower]);
}
