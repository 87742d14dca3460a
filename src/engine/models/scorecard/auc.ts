import { rowsByScore } from "./score-order";

/**
 * AUC by the rank sum (Mann-Whitney): the chance that a good scores above a bad, ties counting
 * half, from the goods' average ranks. NaN without a good or a bad.
 */
export function aucRankSum(score: Float64Array, y: Uint8Array, rows: Int32Array): number {
  const sorted = rowsByScore(score, rows);
  let goodRanks = 0;
  let goods = 0;
  for (let i = 0; i < sorted.length;) {
    let j = i;
    while (j + 1 < sorted.length && score[sorted[j + 1]] === score[sorted[i]]) j++;
    const averageRank = (i + 1 + (j + 1)) / 2;
    for (let k = i; k <= j; k++) {
      if (y[sorted[k]] !== 1) {
        goodRanks += averageRank;
        goods++;
      }
    }
    i = j + 1;
  }
  const bads = sorted.length - goods;
  return (goodRanks - (goods * (goods + 1)) / 2) / (goods * bads);
}

/**
 * AUC as the trapezoid area under the ROC curve: from the lowest score up, the share of bads
 * caught against the share of goods caught, one point per distinct score.
 */
export function aucTrapezoid(score: Float64Array, y: Uint8Array, rows: Int32Array): number {
  const sorted = rowsByScore(score, rows);
  let bads = 0;
  for (const r of sorted) bads += y[r];
  const goods = sorted.length - bads;
  let area = 0;
  let tpr = 0;
  let fpr = 0;
  let cumBads = 0;
  let cumGoods = 0;
  for (let i = 0; i < sorted.length; i++) {
    if (y[sorted[i]] === 1) cumBads++;
    else cumGoods++;
    if (i < sorted.length - 1 && score[sorted[i + 1]] === score[sorted[i]]) continue;
    const nextTpr = cumBads / bads;
    const nextFpr = cumGoods / goods;
    area += ((nextFpr - fpr) * (tpr + nextTpr)) / 2;
    tpr = nextTpr;
    fpr = nextFpr;
  }
  return area;
}
