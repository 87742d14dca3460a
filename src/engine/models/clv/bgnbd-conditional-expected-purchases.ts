import type { BgnbdParams } from "./clv-types";
import { logHypergeometric2F1 } from "./log-hypergeometric-2f1";

/**
 * Expected purchases in the next t periods of a customer with history (x, t_x, T) under BG/NBD
 * (Fader, Hardie & Lee 2005, eq. 10), as lifetimes' conditional_expected_number_of_purchases_up_to_time:
 * (a+b+x-1)/(a-1) (1 - ((α+T)/(α+T+t))^(r+x) 2F1(r+x, b+x; a+b+x-1; z)) / (1 + [x>0] a/(b+x-1)
 * ((α+T)/(α+t_x))^(r+x)), z = t/(α+T+t). The 2F1 is taken through Euler's transformation,
 * 2F1(A,B;C;z) = (1-z)^(C-A-B) 2F1(C-A,C-B;C;z), which lifetimes uses when the direct one overflows:
 * with C-A = a+b-1-r and C-B = a-1 its terms no longer grow with x, and (1-z)^(r+x) cancels to
 * (1-z)^(a-1). NaN where the series does not converge (z within ~5e-5 of 1: t some 20,000 times α+T).
 */
export function bgnbdConditionalExpectedPurchases(
  params: BgnbdParams,
  t: number,
  x: number,
  tx: number,
  T: number
): number {
  const { r, alpha, a, b } = params;
  if (t === 0) return 0;
  const c = a + b + x - 1;
  const z = t / (alpha + T + t);
  const logTerm = logHypergeometric2F1(c - r - x, a - 1, c, z) + (a - 1) * Math.log1p(-z);
  const numerator = ((a + b + x - 1) / (a - 1)) * -Math.expm1(logTerm);
  const denominator = 1 + (x > 0 ? (a / (b + x - 1)) * ((alpha + T) / (alpha + tx)) ** (r + x) : 0);
  return numerator / denominator;
}
