import type { IndicatorResult } from "./credit-result";

/**
 * The `count` indicators with the largest positive shortfall (effective weight x (100 - points)),
 * largest first; ties keep table order (domain.md §8). Indicators without data or at full points
 * give no reason.
 */
export function reasonCodes(
  indicators: readonly IndicatorResult[],
  count: number
): IndicatorResult[] {
  // Runs once per customer: an insertion into a short list instead of map/filter/sort/slice/map.
  const wanted = Math.trunc(Math.max(0, count));
  const limit = Number.isNaN(wanted) ? 0 : wanted;
  const top: IndicatorResult[] = [];
  if (limit === 0) return top;
  for (const indicator of indicators) {
    const shortfall = indicator.shortfall;
    if (shortfall === null || !(shortfall > 0)) continue;
    let at = top.length;
    // Strictly smaller shortfalls move down; equal ones stay ahead (table order among ties).
    while (at > 0 && (top[at - 1].shortfall as number) < shortfall) at--;
    if (at >= limit) continue;
    top.splice(at, 0, indicator);
    if (top.length > limit) top.pop();
  }
  // A copy of the exact length: the working list keeps spare room, and one is kept per customer.
  return top.slice();
}
