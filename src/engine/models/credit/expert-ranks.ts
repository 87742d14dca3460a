import { WeightingError } from "./weighting-error";

export interface ExpertRankWeights {
  /** Each criterion's rank averaged over the experts (1 = most important). */
  averageRanks: number[];
  /** Rank-sum weights, summing to 1. */
  weights: number[];
}

/**
 * Weights from several experts' rankings of n criteria (the Delphi rounds a trainer runs by hand):
 * rankings[e][i] is expert e's rank of criterion i, 1 = most important; a tie may share the mean
 * of the places it takes (two criteria tied for first are 1.5 each). The ranks are averaged over
 * the experts, r_i, and turned into rank-sum weights w_i = (n + 1 - r_i) / sum_j (n + 1 - r_j).
 * Throws WeightingError (bilingual) for no experts, a ranking of the wrong length, or a rank
 * outside 1..n.
 */
export function expertRankWeights(rankings: readonly (readonly number[])[]): ExpertRankWeights {
  if (rankings.length === 0 || rankings[0].length === 0) {
    throw new WeightingError("no-rankings", {
      "zh-CN": "没有专家排序",
      "en-US": "no expert rankings were given",
    });
  }
  const n = rankings[0].length;
  rankings.forEach((ranking, e) => {
    if (ranking.length !== n) {
      throw new WeightingError("ranking-length", {
        "zh-CN": `第 ${e + 1} 位专家给出了 ${ranking.length} 个排名，应为 ${n} 个`,
        "en-US": `expert ${e + 1} ranks ${ranking.length} criteria, not ${n}`,
      });
    }
    ranking.forEach((rank, i) => {
      if (!Number.isFinite(rank) || rank < 1 || rank > n) {
        throw new WeightingError("rank-range", {
          "zh-CN": `第 ${e + 1} 位专家对第 ${i + 1} 个指标的排名 ${rank} 不在 1 到 ${n} 之间`,
          "en-US": `expert ${e + 1} ranks criterion ${i + 1} as ${rank}, outside 1..${n}`,
        });
      }
    });
  });
  const averageRanks = Array.from(
    { length: n },
    (_, i) => rankings.reduce((sum, r) => sum + r[i], 0) / rankings.length
  );
  const scores = averageRanks.map((r) => n + 1 - r);
  const total = scores.reduce((a, b) => a + b, 0);
  return { averageRanks, weights: scores.map((s) => s / total) };
}
