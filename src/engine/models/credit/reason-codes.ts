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
  return indicators
    .map((indicator, order) => ({ indicator, order }))
    .filter(({ indicator }) => indicator.shortfall !== null && indicator.shortfall > 0)
    .sort(
      (a, b) => (b.indicator.shortfall ?? 0) - (a.indicator.shortfall ?? 0) || a.order - b.order
    )
    .slice(0, Math.max(0, count))
    .map(({ indicator }) => indicator);
}
