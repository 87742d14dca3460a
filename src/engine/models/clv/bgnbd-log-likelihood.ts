import type { BgnbdParams, PurchaseSummary } from "./clv-types";
import { logGamma } from "./log-gamma";
import { prepareBgnbd, type PreparedBgnbd } from "./prepare-bgnbd";

/**
 * The BG/NBD log-likelihood (Fader, Hardie & Lee 2005, eq. 6), summed over the customers, written
 * as lifetimes writes it: ln Γ(r+x) - ln Γ(r) + r ln α + ln Γ(a+b) + ln Γ(b+x) - ln Γ(b) - ln Γ(a+b+x)
 * + ln((α+T)^-(r+x) + [x>0] a/(b+x-1) (α+t_x)^-(r+x)). x must be whole numbers. NaN unless every
 * parameter is positive and finite. Takes a summary, or one prepared once for many evaluations.
 */
export function bgnbdLogLikelihood(
  params: BgnbdParams,
  data: PreparedBgnbd | Pick<PurchaseSummary, "x" | "tx" | "T">
): number {
  const prepared = "weight" in data ? data : prepareBgnbd(data);
  const { r, alpha, a, b } = params;
  if (!(r > 0 && alpha > 0 && a > 0 && b > 0) || !Number.isFinite(r + alpha + a + b)) return NaN;
  const { x, weight, tIndex, txIndex, Ts, txs, maxX, customers } = prepared;
  const constant = r * Math.log(alpha) + logGamma(a + b) - logGamma(b) - logGamma(r);
  // The Γ terms depend on x alone: tabled once per count by ln Γ(y+1) = ln Γ(y) + ln y.
  // byCount[k] = ln Γ(r+k) + ln Γ(b+k) - ln Γ(a+b+k); dropout[k] = ln(a / (b+k-1)) for k >= 1.
  const byCount = new Float64Array(maxX + 1);
  const dropout = new Float64Array(maxX + 1);
  let lr = logGamma(r);
  let lb = logGamma(b);
  let lab = logGamma(a + b);
  for (let k = 0; k <= maxX; k++) {
    byCount[k] = lr + lb - lab;
    if (k > 0) dropout[k] = Math.log(a / (b + k - 1));
    lr += Math.log(r + k);
    lb += Math.log(b + k);
    lab += Math.log(a + b + k);
  }
  const logT = Ts.map((T) => Math.log(alpha + T));
  const logTx = txs.map((tx) => Math.log(alpha + tx));
  let sum = 0;
  for (let i = 0; i < x.length; i++) {
    const k = x[i];
    const rx = r + k;
    const a3 = -rx * logT[tIndex[i]];
    let tail = a3;
    if (k > 0) {
      const a4 = dropout[k] - rx * logTx[txIndex[i]];
      tail = a3 > a4 ? a3 + Math.log1p(Math.exp(a4 - a3)) : a4 + Math.log1p(Math.exp(a3 - a4));
    }
    sum += weight[i] * (byCount[k] + tail);
  }
  return sum + customers * constant;
}
