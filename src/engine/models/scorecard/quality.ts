import { aucRankSum, aucTrapezoid } from "./auc";
import { ksStatistic } from "./ks";
import { rowsByScore } from "./score-order";

export interface QualityFigures {
  rows: number;
  bads: number;
  ks: number;
  /** By the rank sum; `aucTrapezoid` is the same figure by the ROC curve's trapezoids. */
  auc: number;
  aucTrapezoid: number;
  /** 2 AUC - 1. */
  gini: number;
}

export interface ScoreDecile {
  /** Lowest and highest score in the decile (decile 1 holds the lowest scores). */
  from: number;
  to: number;
  rows: number;
  bads: number;
  badRate: number;
}

/** KS, AUC (two ways) and Gini of a score (higher = better) over the rows. */
export function qualityFigures(
  score: Float64Array,
  y: Uint8Array,
  rows: Int32Array
): QualityFigures {
  let bads = 0;
  for (const r of rows) bads += y[r];
  const auc = aucRankSum(score, y, rows);
  return {
    rows: rows.length,
    bads,
    ks: ksStatistic(score, y, rows),
    auc,
    aucTrapezoid: aucTrapezoid(score, y, rows),
    gini: 2 * auc - 1,
  };
}

/**
 * The bad rate by score decile (domain.md §5 "Quality"): the rows sorted by score, lowest first,
 * cut into ten groups of floor/ceil(n / 10) rows (row k of n goes to decile floor(10 k / n)).
 */
export function scoreDeciles(score: Float64Array, y: Uint8Array, rows: Int32Array): ScoreDecile[] {
  const sorted = rowsByScore(score, rows);
  const n = sorted.length;
  const deciles: ScoreDecile[] = [];
  for (let d = 0; d < 10; d++) {
    const start = Math.ceil((d * n) / 10);
    const end = Math.ceil(((d + 1) * n) / 10);
    if (end <= start) continue;
    let bads = 0;
    for (let k = start; k < end; k++) bads += y[sorted[k]];
    deciles.push({
      from: score[sorted[start]],
      to: score[sorted[end - 1]],
      rows: end - start,
      bads,
      badRate: bads / (end - start),
    });
  }
  return deciles;
}
