import { compareIds } from "../compare-ids";

/**
 * The one sort every tier model shares: indices of the customers that have a value, largest value
 * first, ties by customer_id code points.
 */
export function orderByValue(
  values: readonly (number | null)[],
  ids: readonly string[]
): Int32Array {
  const idx: number[] = [];
  for (let i = 0; i < values.length; i++) if (values[i] !== null) idx.push(i);
  const v = values as readonly number[];
  idx.sort((a, b) => v[b] - v[a] || compareIds(ids[a], ids[b]));
  return Int32Array.from(idx);
}
