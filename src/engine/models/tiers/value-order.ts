import { compareIds } from "../compare-ids";
import { descendingOrder } from "./descending-order";
import { hasValue } from "./has-value";

/** Orders customers of equal value by id code points, then input order. */
function sortById(run: Int32Array, ids: readonly string[]): void {
  run.sort((a, b) => compareIds(ids[a], ids[b]) || a - b);
}

/**
 * The one sort every tier model shares: indices of the customers that have a value, largest value
 * first, ties by customer_id code points (then by input order, for repeated ids).
 */
export function orderByValue(values: ArrayLike<number | null>, ids: readonly string[]): Int32Array {
  let ranked = 0;
  for (let i = 0; i < values.length; i++) if (hasValue(values[i])) ranked++;
  const column = new Float64Array(values.length);
  const indices = new Int32Array(ranked);
  for (let i = 0, k = 0; i < values.length; i++) {
    const v = values[i];
    if (!hasValue(v)) continue;
    column[i] = v;
    indices[k++] = i;
  }
  const order = descendingOrder(column, indices);
  // Ids are compared only among equal values, which are few: most values are distinct.
  for (let start = 0; start < order.length;) {
    let end = start + 1;
    while (end < order.length && column[order[end]] === column[order[start]]) end++;
    if (end - start > 1) sortById(order.subarray(start, end), ids);
    start = end;
  }
  return order;
}
