import type { IndicatorResult } from "./credit-result";

function givesReason(shortfall: number | null): shortfall is number {
  return shortfall !== null && shortfall > 0;
}

/**
 * The `count` indicators with the largest positive shortfall (effective weight x (100 - points)),
 * largest first; ties keep table order (domain.md §8). Indicators without data or at full points
 * give no reason.
 */
export function reasonCodes(
  indicators: readonly IndicatorResult[],
  count: number
): IndicatorResult[] {
  const wanted = Math.trunc(Math.max(0, count));
  const limit = Number.isNaN(wanted) ? 0 : wanted;
  // Runs once per customer and the answer is kept: counted first, so that the one array made is
  // the answer, at its exact length, filled by insertion (no working list, splice or copy).
  let candidates = 0;
  for (const indicator of indicators) if (givesReason(indicator.shortfall)) candidates++;
  const top = new Array<IndicatorResult>(Math.min(limit, candidates));
  let size = 0;
  for (const indicator of indicators) {
    const shortfall = indicator.shortfall;
    if (!givesReason(shortfall)) continue;
    let at = size;
    // Strictly smaller shortfalls move down; equal ones stay ahead (table order among ties).
    while (at > 0 && (top[at - 1].shortfall as number) < shortfall) at--;
    if (at >= top.length) continue;
    // Make room at `at`; when the list is full its last entry falls off.
    for (let j = Math.min(size, top.length - 1); j > at; j--) top[j] = top[j - 1];
    top[at] = indicator;
    if (size < top.length) size++;
  }
  return top;
}
