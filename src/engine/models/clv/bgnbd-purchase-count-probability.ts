import type { BgnbdParams } from "./clv-types";

/**
 * P(X(t) = n) for n = 0 .. count - 1 under BG/NBD (Fader, Hardie & Lee 2005, eq. 8; lifetimes'
 * probability_of_n_purchases_up_to_time), written into `out` (length >= count):
 *   B(a, b+n)/B(a, b) NB(n) + [n > 0] B(a+1, b+n-1)/B(a, b) (1 - sum_{j<n} NB(j)),
 * NB(j) = Γ(r+j)/(Γ(r) j!) (α/(α+t))^r (t/(α+t))^j. Both the beta ratios and NB run as products from
 * n - 1 to n, so the loop allocates nothing and needs no log-gamma: the dashboard calls it once per
 * customer, and the counts it draws stay small (0..7+).
 */
export function bgnbdPurchaseCountProbabilities(
  params: BgnbdParams,
  t: number,
  count: number,
  out: Float64Array
): Float64Array {
  const { r, alpha, a, b } = params;
  const u = alpha / (alpha + t);
  const v = t / (alpha + t);
  let nb = Math.pow(u, r); // NB(0)
  let nbBelow = 0; // sum of NB(j) for j < n
  let betaRatio = 1; // B(a, b+n) / B(a, b)
  for (let n = 0; n < count; n++) {
    if (n > 0) {
      nbBelow += nb;
      nb *= ((r + n - 1) / n) * v;
      betaRatio *= (b + n - 1) / (a + b + n - 1);
    }
    // B(a+1, b+n-1)/B(a, b) = a/(b+n-1) x B(a, b+n)/B(a, b).
    const dropped = n > 0 ? (a / (b + n - 1)) * betaRatio * (1 - nbBelow) : 0;
    out[n] = betaRatio * nb + dropped;
  }
  return out;
}
