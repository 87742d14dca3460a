import { bgnbdPAlive } from "./bgnbd-p-alive";
import type { BgnbdParams, GammaGammaParams, PurchaseSummary } from "./clv-types";
import { gammaGammaExpectedSpend } from "./gamma-gamma-expected-spend";
import { predictiveClv, type ClvHorizon } from "./predictive-clv";

export interface ClvPredictions {
  pAlive: Float64Array;
  /** Purchases expected over the horizon. */
  expectedPurchases: Float64Array;
  /** Expected spend per purchase (Gamma-Gamma), or null without a spend model. */
  expectedSpend: Float64Array | null;
  /** Discounted value over the horizon, or null without a spend model. */
  clv: Float64Array | null;
}

/**
 * Every customer's P(alive), expected purchases over the horizon and, with a Gamma-Gamma fit, their
 * expected spend per purchase and predictive CLV (lifetimes' customer_lifetime_value).
 */
export function predictClv(
  bgnbd: BgnbdParams,
  gammaGamma: GammaGammaParams | null,
  summary: PurchaseSummary,
  horizon: ClvHorizon
): ClvPredictions {
  const n = summary.x.length;
  const pAlive = new Float64Array(n);
  const expectedPurchases = new Float64Array(n);
  const expectedSpend = gammaGamma ? new Float64Array(n) : null;
  const clv = gammaGamma ? new Float64Array(n) : null;
  for (let i = 0; i < n; i++) {
    const history = { x: summary.x[i], tx: summary.tx[i], T: summary.T[i] };
    pAlive[i] = bgnbdPAlive(bgnbd, history.x, history.tx, history.T);
    const spend =
      gammaGamma && summary.spend
        ? gammaGammaExpectedSpend(gammaGamma, history.x, summary.spend[i] > 0 ? summary.spend[i] : NaN)
        : gammaGamma
          ? gammaGammaExpectedSpend(gammaGamma, 0, NaN)
          : 1;
    const value = predictiveClv(bgnbd, history, spend, horizon);
    expectedPurchases[i] = value.expectedPurchases;
    if (expectedSpend && clv) {
      expectedSpend[i] = spend;
      clv[i] = value.clv;
    }
  }
  return { pAlive, expectedPurchases, expectedSpend, clv };
}
