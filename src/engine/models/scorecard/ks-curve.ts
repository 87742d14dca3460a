import { rowsByScore } from "./score-order";

export interface KsPoint {
  /** The cut-off: rows scoring at or below it are counted. */
  score: number;
  /** Shares of all bads and of all goods at or below the cut-off. */
  badShare: number;
  goodShare: number;
}

/**
 * The KS curve for a chart: from the lowest score up, the cumulative shares of bads and of goods at
 * `points` cut-offs, the scores at ranks ceil(k n / points) (k = 1..points), ties counted whole,
 * after a first point at (lowest score, 0, 0). The gap between the two lines is what KS maximises
 * (ks.ts takes it at every distinct score; this curve samples it).
 */
export function ksCurve(
  score: Float64Array,
  y: Uint8Array,
  rows: Int32Array,
  points = 20
): KsPoint[] {
  const sorted = rowsByScore(score, rows);
  const n = sorted.length;
  let bads = 0;
  for (const r of sorted) bads += y[r];
  const goods = n - bads;
  if (n === 0 || bads === 0 || goods === 0) return [];
  const curve: KsPoint[] = [{ score: score[sorted[0]], badShare: 0, goodShare: 0 }];
  let i = 0;
  let cumBads = 0;
  for (let k = 1; k <= points; k++) {
    const rank = Math.ceil((k * n) / points);
    if (rank <= i) continue;
    const cut = score[sorted[rank - 1]];
    while (i < n && score[sorted[i]] <= cut) cumBads += y[sorted[i++]];
    curve.push({ score: cut, badShare: cumBads / bads, goodShare: (i - cumBads) / goods });
  }
  return curve;
}
