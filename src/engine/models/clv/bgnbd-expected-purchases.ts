import type { BgnbdParams } from "./clv-types";
import { logHypergeometric2F1 } from "./log-hypergeometric-2f1";

/**
 * E[X(t)], the purchases a new customer is expected to make in t periods from the first one, under
 * BG/NBD (Fader, Hardie & Lee 2005, eq. 9): (a+b-1)/(a-1) (1 - (α/(α+t))^r 2F1(r, b; a+b-1; t/(α+t))).
 */
export function bgnbdExpectedPurchases(params: BgnbdParams, t: number): number {
  const { r, alpha, a, b } = params;
  if (t === 0) return 0;
  const logTerm =
    logHypergeometric2F1(r, b, a + b - 1, t / (alpha + t)) + r * Math.log(alpha / (alpha + t));
  return ((a + b - 1) / (a - 1)) * -Math.expm1(logTerm);
}
