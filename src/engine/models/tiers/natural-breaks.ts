import { ckmeansStarts } from "./ckmeans";
import { hasValue } from "./has-value";

export interface NaturalClass {
  /** 1 = lowest. */
  index: number;
  min: number;
  max: number;
  count: number;
}

export interface NaturalBreaksResult {
  /** Per customer: class 1..k (1 = lowest), 0 when unranked. */
  classOf: Int16Array;
  classes: NaturalClass[];
}

/**
 * Natural breaks (ckmeans, as simple-statistics computes it) on every customer with a value, class 1
 * the lowest. With fewer distinct values than classes it makes one class per distinct value instead
 * of throwing. `sortedAscending` (the values without nulls, ascending) saves a sort when the caller has it.
 */
export function naturalBreaks(
  values: ArrayLike<number | null>,
  classes: number,
  sortedAscending?: Float64Array | readonly number[]
): NaturalBreaksResult {
  const classOf = new Int16Array(values.length);
  const sorted =
    sortedAscending ??
    Array.from(values)
      .filter(hasValue)
      .sort((a, b) => a - b);
  if (sorted.length === 0 || classes < 1) return { classOf, classes: [] };
  let distinct = 1;
  for (let i = 1; i < sorted.length && distinct <= classes; i++)
    if (sorted[i] !== sorted[i - 1]) distinct++;
  const k = Math.min(Math.floor(classes), distinct);
  const starts =
    k === 1
      ? [0]
      : ckmeansStarts(sorted instanceof Float64Array ? sorted : Float64Array.from(sorted), k);
  const lower = Array.from(starts, (start) => sorted[start]);
  const result: NaturalClass[] = lower.map((min, j) => ({
    index: j + 1,
    min,
    max: sorted[(j + 1 < k ? starts[j + 1] : sorted.length) - 1],
    count: 0,
  }));
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (!hasValue(v)) continue;
    // Class by lower bound so equal values always share a class.
    let j = lower.length - 1;
    while (j > 0 && v < lower[j]) j--;
    classOf[i] = j + 1;
    result[j].count++;
  }
  return { classOf, classes: result };
}
