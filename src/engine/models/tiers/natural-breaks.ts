import { ckmeans } from "simple-statistics";

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
 * Natural breaks (ckmeans, simple-statistics) on every customer with a value, class 1 the lowest.
 * With fewer distinct values than classes it makes one class per distinct value instead of throwing.
 * `sortedAscending` (the values without nulls, ascending) saves a sort when the caller has it.
 */
export function naturalBreaks(
  values: readonly (number | null)[],
  classes: number,
  sortedAscending?: readonly number[]
): NaturalBreaksResult {
  const classOf = new Int16Array(values.length);
  const sorted =
    sortedAscending ?? values.filter((v): v is number => v !== null).sort((a, b) => a - b);
  if (sorted.length === 0 || classes < 1) return { classOf, classes: [] };
  let distinct = 1;
  for (let i = 1; i < sorted.length && distinct <= classes; i++)
    if (sorted[i] !== sorted[i - 1]) distinct++;
  const k = Math.min(Math.floor(classes), distinct);
  const clusters = k === 1 ? [sorted.slice()] : ckmeans(sorted, k);
  const lower = clusters.map((c) => c[0]);
  const result: NaturalClass[] = clusters.map((c, j) => ({
    index: j + 1,
    min: c[0],
    max: c[c.length - 1],
    count: 0,
  }));
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (v === null) continue;
    // Class by lower bound so equal values always share a class.
    let j = lower.length - 1;
    while (j > 0 && v < lower[j]) j--;
    classOf[i] = j + 1;
    result[j].count++;
  }
  return { classOf, classes: result };
}
