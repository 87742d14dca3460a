import type { BgnbdParams, FitResult, GammaGammaParams, PurchaseSummary } from "./clv-types";
import { fitBgnbd } from "./fit-bgnbd";
import { fitGammaGamma } from "./fit-gamma-gamma";
import { predictClv, type ClvPredictions } from "./predict-clv";
import { PERIODS_PER_MONTH } from "./predictive-clv";
import type { TimeUnit } from "./summarize-purchases";

export interface ClvModels {
  bgnbd: FitResult<BgnbdParams>;
  /** Null without spend in the summary. */
  gammaGamma: FitResult<GammaGammaParams> | null;
  /** Null when BG/NBD is refused; without a Gamma-Gamma fit, no spend or CLV. */
  predictions: ClvPredictions | null;
}

/**
 * Fits BG/NBD on the summary and, where spend exists, Gamma-Gamma, then predicts every customer over
 * the horizon (months ahead, monthly discount) with the summary's time unit.
 */
export function fitClvModels(
  summary: PurchaseSummary,
  options: { months: number; monthlyDiscount: number; unit: TimeUnit }
): ClvModels {
  const bgnbd = fitBgnbd(summary);
  const gammaGamma = summary.spend ? fitGammaGamma(summary.x, summary.spend) : null;
  const predictions = bgnbd.ok
    ? predictClv(bgnbd.params, gammaGamma?.ok ? gammaGamma.params : null, summary, {
        months: options.months,
        monthlyDiscount: options.monthlyDiscount,
        periodsPerMonth: PERIODS_PER_MONTH[options.unit],
      })
    : null;
  return { bgnbd, gammaGamma, predictions };
}
