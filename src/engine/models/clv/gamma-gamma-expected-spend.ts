import type { GammaGammaParams } from "./clv-types";

/**
 * A customer's expected spend per purchase under Gamma-Gamma (lifetimes'
 * conditional_expected_average_profit): a weighted mean of the population mean v p / (q - 1) and the
 * customer's own mean repeat spend m, the weight px / (px + q - 1) growing with their x repeat
 * purchases. Without repeat purchases (or without a known spend) it is the population mean.
 */
export function gammaGammaExpectedSpend(
  params: GammaGammaParams,
  x: number,
  spend: number
): number {
  const { p, q, v } = params;
  const population = (v * p) / (q - 1);
  if (!(x > 0) || !Number.isFinite(spend)) return population;
  const weight = (p * x) / (p * x + q - 1);
  return (1 - weight) * population + weight * spend;
}
