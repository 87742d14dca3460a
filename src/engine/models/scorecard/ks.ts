import { rowsByScore } from "./score-order";

/**
 * Kolmogorov-Smirnov statistic of a score (higher = better) over the rows: the largest gap between
 * the share of bads and the share of goods at or below a score, taken only between distinct scores
 * (rows of equal score move together). 0 when the rows hold no bad or no good.
 */
export function ksStatistic(score: Float64Array, y: Uint8Array, rows: Int32Array): number {
  const sorted = rowsByScore(score, rows);
  let bads = 0;
  for (const r of sorted) bads += y[r];
  const goods = sorted.length - bads;
  if (bads === 0 || goods === 0) return 0;
  let cumBads = 0;
  let cumGoods = 0;
  let ks = 0;
  for (let i = 0; i < sorted.length; i++) {
    if (y[sorted[i]] === 1) cumBads++;
    else cumGoods++;
    const last = i === sorted.length - 1 || score[sorted[i + 1]] !== score[sorted[i]];
    if (last) ks = Math.max(ks, Math.abs(cumBads / bads - cumGoods / goods));
  }
  return ks;
}
