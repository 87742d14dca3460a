import { bgnbdPurchaseCountProbabilities } from "./bgnbd-purchase-count-probability";
import type { BgnbdParams, PurchaseSummary } from "./clv-types";

/** Customers by number of repeat purchases in the observed period: actual and as the model expects. */
export interface PeriodTransactions {
  /** Bins 0 .. bins - 2 hold exactly that many repeat purchases; the last holds that many or more. */
  actual: Float64Array;
  expected: Float64Array;
}

/**
 * The check lifetimes draws with plot_period_transactions: how many customers made 0, 1, 2, ...
 * repeat purchases in their own observed time, against how many the fitted BG/NBD expects. The
 * expected count of a bin is the sum over customers of P(X(T_i) = n) (Fader, Hardie & Lee 2005,
 * fig. 3) rather than lifetimes' simulated customers, so it is exact and the same on every run.
 * The last bin ("7+" with the default 8 bins) takes the rest, so both rows add up to the customers.
 */
export function periodTransactions(
  params: BgnbdParams,
  summary: Pick<PurchaseSummary, "x" | "T">,
  bins = 8
): PeriodTransactions {
  const actual = new Float64Array(bins);
  const expected = new Float64Array(bins);
  const p = new Float64Array(bins - 1);
  const last = bins - 1;
  for (let i = 0; i < summary.x.length; i++) {
    actual[Math.min(summary.x[i], last)]++;
    bgnbdPurchaseCountProbabilities(params, summary.T[i], last, p);
    let below = 0;
    for (let n = 0; n < last; n++) {
      expected[n] += p[n];
      below += p[n];
    }
    expected[last] += Math.max(0, 1 - below);
  }
  return { actual, expected };
}
