/**
 * The indexes of the `count` largest positive shortfalls, largest first; ties keep index order
 * (table order, domain.md §8). NaN (no data), 0 and negative shortfalls give no reason. The one
 * rule behind every scorecard's reasons, whether its indicators are objects or columns.
 */
export function topShortfalls(shortfalls: ArrayLike<number>, count: number): number[] {
  const wanted = Math.trunc(Math.max(0, count));
  const limit = Number.isNaN(wanted) ? 0 : wanted;
  // Counted first, so that the one array made is the answer at its exact length, filled by
  // insertion (no working list, splice or copy): it runs once per customer.
  let candidates = 0;
  for (let i = 0; i < shortfalls.length; i++) if (shortfalls[i] > 0) candidates++;
  const top = new Array<number>(Math.min(limit, candidates));
  let size = 0;
  for (let i = 0; i < shortfalls.length; i++) {
    const shortfall = shortfalls[i];
    if (!(shortfall > 0)) continue;
    let at = size;
    // Strictly smaller shortfalls move down; equal ones stay ahead (index order among ties).
    while (at > 0 && shortfalls[top[at - 1]] < shortfall) at--;
    if (at >= top.length) continue;
    // Make room at `at`; when the list is full its last entry falls off.
    for (let j = Math.min(size, top.length - 1); j > at; j--) top[j] = top[j - 1];
    top[at] = i;
    if (size < top.length) size++;
  }
  return top;
}
