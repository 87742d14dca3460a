import type { PredictiveClvRun } from "../../engine/models/clv/predictive-clv-for-customers";
import type { TierSettings } from "../../engine/models/tiers/tier-settings";
import { clvText } from "../../i18n/clv";
import type { Lang } from "../../i18n/lang";
import { roundForJson } from "./score-json";

const orNull = (value: number, decimals: number) =>
  Number.isNaN(value) ? null : roundForJson(value, decimals);

/**
 * `score --json`'s clvModel, when settings choose the predictive model: the settings it ran with,
 * the fitted parameters (null when refused or absent) and why a model was refused, in words.
 */
export function clvModelJson(run: PredictiveClvRun, settings: TierSettings["clv"], lang: Lang) {
  const t = clvText(lang);
  const bgnbd = run.models?.bgnbd.ok ? run.models.bgnbd : null;
  const gg = run.models?.gammaGamma?.ok ? run.models.gammaGamma : null;
  const ggRefusal =
    run.models?.gammaGamma && !run.models.gammaGamma.ok ? run.models.gammaGamma.refusal : null;
  return {
    model: "bgnbd",
    period: settings.period,
    horizonMonths: settings.horizonMonths,
    monthlyDiscount: settings.monthlyDiscount,
    bgnbd: bgnbd && { ...bgnbd.params, logLikelihood: bgnbd.logLikelihood },
    gammaGamma: gg && {
      ...gg.params,
      logLikelihood: gg.logLikelihood,
      customers: gg.customers,
    },
    refused: run.refusal && t.refusal(run.refusal),
    gammaGammaRefused: ggRefusal && t.refusal(ggRefusal),
  };
}

/** One customer's predictions, or null without any (no purchase by the as-of date, or refused). */
export function predictiveCustomerJson(run: PredictiveClvRun, i: number) {
  if (Number.isNaN(run.pAlive[i])) return null;
  return {
    pAlive: orNull(run.pAlive[i], 4),
    expectedPurchases: orNull(run.expectedPurchases[i], 4),
    expectedSpend: orNull(run.expectedSpend[i], 2),
    clv: orNull(run.clv[i], 2),
  };
}
