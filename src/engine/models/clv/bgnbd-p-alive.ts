import type { BgnbdParams, PurchaseSummary } from "./clv-types";

/**
 * P(alive | x, t_x, T) under BG/NBD (Fader, Hardie & Lee 2005, eq. 13): 1 for a customer without a
 * repeat purchase (the model lets a customer drop out only right after a purchase), else
 * 1 / (1 + a/(b+x-1) ((α+T)/(α+t_x))^(r+x)), computed as lifetimes does, through the logistic of the
 * log odds, which stays exact for long-silent customers.
 */
export function bgnbdPAlive(params: BgnbdParams, x: number, tx: number, T: number): number {
  if (x === 0) return 1;
  const { r, alpha, a, b } = params;
  const logOdds = (r + x) * Math.log((alpha + T) / (alpha + tx)) + Math.log(a / (b + x - 1));
  return 1 / (1 + Math.exp(logOdds));
}

/** bgnbdPAlive for every customer of a summary. */
export function bgnbdPAliveColumn(
  params: BgnbdParams,
  summary: Pick<PurchaseSummary, "x" | "tx" | "T">
): Float64Array {
  const out = new Float64Array(summary.x.length);
  for (let i = 0; i < out.length; i++)
    out[i] = bgnbdPAlive(params, summary.x[i], summary.tx[i], summary.T[i]);
  return out;
}
