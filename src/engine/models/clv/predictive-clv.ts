import { bgnbdConditionalExpectedPurchases } from "./bgnbd-conditional-expected-purchases";
import type { BgnbdParams } from "./clv-types";

export interface ClvHorizon {
  /** Months ahead (default 12). */
  months: number;
  /** Discount per month (default 0.01). */
  monthlyDiscount: number;
  /** The summary's time unit per month: 4.345 for weeks, 30 for days, as lifetimes takes them. */
  periodsPerMonth: number;
}

/** Periods per month of each time unit, as lifetimes' customer_lifetime_value takes them. */
export const PERIODS_PER_MONTH = { weeks: 4.345, days: 30 } as const;

/**
 * Predictive CLV of one customer, as lifetimes' customer_lifetime_value computes it: the sum over
 * months i = 1..months of the purchases expected in month i (the conditional expectation up to i
 * months minus that up to i - 1) times the expected spend per purchase, discounted by
 * (1 + monthlyDiscount)^i. Also returns the purchases expected over the whole horizon.
 */
export function predictiveClv(
  params: BgnbdParams,
  history: { x: number; tx: number; T: number },
  expectedSpend: number,
  horizon: ClvHorizon
): { clv: number; expectedPurchases: number } {
  const { expectedPurchases, discountedPurchases } = horizonPurchases(params, history, horizon);
  return { clv: expectedSpend * discountedPurchases, expectedPurchases };
}

/**
 * The purchases a customer is expected to make over the horizon, plain and discounted month by month:
 * CLV is the expected spend times the discounted count, so customers with the same history share the
 * (costly: 12 series) count whatever they spend.
 */
export function horizonPurchases(
  params: BgnbdParams,
  history: { x: number; tx: number; T: number },
  horizon: ClvHorizon
): { expectedPurchases: number; discountedPurchases: number } {
  const { x, tx, T } = history;
  let discounted = 0;
  let before = 0;
  for (let i = 1; i <= horizon.months; i++) {
    const upTo = bgnbdConditionalExpectedPurchases(params, i * horizon.periodsPerMonth, x, tx, T);
    discounted += (upTo - before) / (1 + horizon.monthlyDiscount) ** i;
    before = upTo;
  }
  return { expectedPurchases: before, discountedPurchases: discounted };
}
