/**
 * Customers summarised for the buy-till-you-die models, one entry per customer, column by column
 * (lifetimes' frequency, recency, T, monetary_value). Times are in one unit (weeks or days).
 */
export interface PurchaseSummary {
  /** Repeat purchases: purchase days after the first one (whole numbers >= 0). */
  x: Float64Array;
  /** Time from the first to the last purchase (0 when x = 0). */
  tx: Float64Array;
  /** Time from the first purchase to the end of observation. */
  T: Float64Array;
  /** Mean spend of the repeat purchases (0 when x = 0; NaN when unknown), or null without spend. */
  spend: Float64Array | null;
}

export interface BgnbdParams {
  r: number;
  alpha: number;
  a: number;
  b: number;
}

export interface GammaGammaParams {
  p: number;
  q: number;
  v: number;
}

/** Why a fit is refused: the deterministic CLV stays. */
export type FitRefusal =
  | { code: "no-purchases" }
  | { code: "too-few-customers"; customers: number; minimum: number }
  | { code: "too-few-repeat-buyers"; repeatBuyers: number; minimum: number }
  | { code: "not-converged"; iterations: number }
  | { code: "degenerate-parameter"; parameter: string; value: number }
  | { code: "spend-frequency-correlated"; correlation: number; limit: number }
  | { code: "q-not-above-one"; q: number };

export type FitResult<P> =
  | {
      ok: true;
      params: P;
      /** Total log-likelihood at params (summed over the customers fitted). */
      logLikelihood: number;
      converged: true;
      iterations: number;
      /** Customers the fit used. */
      customers: number;
    }
  | { ok: false; refusal: FitRefusal; iterations: number };
