import { expertRankWeights, type ExpertRankWeights } from "../../engine/models/credit/expert-ranks";
import { WeightingError } from "../../engine/models/credit/weighting-error";
import type { Localized } from "../../i18n/lang";

export type ExpertRanksCheck =
  { ok: true; result: ExpertRankWeights } | { ok: false; message: Localized };

/**
 * Expert rankings typed in the pane, one expert per line ("1 2 3 4 5" or "1,2,3,4,5"; 1 = most
 * important, in the dimensions' order), as rank-sum weights (expert-ranks.ts); a line of the wrong
 * length or a rank that is not a number is named, in both languages.
 */
export function parseExpertRanksText(text: string, criteria: number): ExpertRanksCheck {
  const lines = text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== "");
  if (lines.length === 0) {
    return {
      ok: false,
      message: {
        "zh-CN": "请每行输入一位专家的排序",
        "en-US": "Type one expert's ranking per line",
      },
    };
  }
  const rankings: number[][] = [];
  for (const [e, line] of lines.entries()) {
    const ranks = line.split(/[\s,，、]+/).map(Number);
    if (ranks.length !== criteria || ranks.some((r) => !Number.isFinite(r))) {
      return {
        ok: false,
        message: {
          "zh-CN": `第 ${e + 1} 行应为 ${criteria} 个数字（每个维度一个排名），实为“${line}”`,
          "en-US": `line ${e + 1} should hold ${criteria} numbers (a rank per dimension), not "${line}"`,
        },
      };
    }
    rankings.push(ranks);
  }
  try {
    return { ok: true, result: expertRankWeights(rankings) };
  } catch (error) {
    if (error instanceof WeightingError) return { ok: false, message: error.localized };
    throw error;
  }
}
