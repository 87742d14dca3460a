import type { IndicatorResult } from "./credit-result";
import { topShortfalls } from "./top-shortfalls";

/**
 * The `count` indicators with the largest positive shortfall (effective weight x (100 - points)),
 * largest first; ties keep table order (domain.md §8). Indicators without data or at full points
 * give no reason.
 */
export function reasonCodes(
  indicators: readonly IndicatorResult[],
  count: number
): IndicatorResult[] {
  const shortfalls = indicators.map((indicator) => indicator.shortfall ?? NaN);
  return topShortfalls(shortfalls, count).map((i) => indicators[i]);
}
