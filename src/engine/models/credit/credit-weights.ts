import type { Localized } from "../../../i18n/lang";
import { checkAhp } from "./check-ahp";
import type { ScorecardSetting } from "./credit-settings";
import { expertRankWeights } from "./expert-ranks";
import type { ScorecardIssue } from "./scorecard-issue";
import { WeightingError } from "./weighting-error";

/**
 * credit.weights: the dimensions' weights of the chosen scorecard, from experts or given: an AHP
 * pairwise comparison matrix, expert rankings (rank-sum weights), or a weight per dimension id.
 * Matrices and rankings list the dimensions in the scorecard's order.
 */
export type CreditWeightsSetting =
  { ahp: number[][] } | { expertRanks: number[][] } | Record<string, number>;

const both = (zh: string, en: string): Localized => ({ "zh-CN": zh, "en-US": en });
const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === "object" && v !== null && !Array.isArray(v);
const isMatrix = (v: unknown): v is number[][] =>
  Array.isArray(v) &&
  v.every((row) => Array.isArray(row) && row.every((x) => typeof x === "number"));

/**
 * The weights `setting` gives the dimensions `ids` (summing to 1), or the issues that refuse it,
 * each with a path below credit.weights and a message in both languages: an AHP matrix at
 * CR >= 0.10 is refused naming its CR (domain.md §5); a matrix or ranking of the wrong size names
 * the dimensions it must rank.
 */
export function resolveCreditWeights(
  ids: readonly string[],
  setting: unknown
): { weights: number[] | null; issues: ScorecardIssue[] } {
  const fail = (path: string, message: Localized) => ({
    weights: null,
    issues: [{ path, message }],
  });
  const order = ids.join(", ");
  const wrongSize = (path: string, size: number) =>
    fail(
      path,
      both(
        `应为 ${ids.length} 个维度（${order}）排序，实为 ${size} 个`,
        `should rank the ${ids.length} dimensions (${order}), not ${size}`
      )
    );
  if (!isObject(setting)) return fail("weights", both("应为对象", "should be an object"));
  if ("ahp" in setting) {
    if (!isMatrix(setting.ahp))
      return fail("weights.ahp", both("应为数字矩阵", "should be a matrix of numbers"));
    if (setting.ahp.length !== ids.length) return wrongSize("weights.ahp", setting.ahp.length);
    const check = checkAhp(setting.ahp);
    return check.ok
      ? { weights: check.result.weights, issues: [] }
      : fail("weights.ahp", check.message);
  }
  if ("expertRanks" in setting) {
    const ranks = setting.expertRanks;
    if (!isMatrix(ranks))
      return fail("weights.expertRanks", both("应为数字数组的数组", "should be arrays of ranks"));
    if (ranks.length > 0 && ranks[0].length !== ids.length)
      return wrongSize("weights.expertRanks", ranks[0].length);
    try {
      return { weights: expertRankWeights(ranks).weights, issues: [] };
    } catch (error) {
      if (error instanceof WeightingError) return fail("weights.expertRanks", error.localized);
      throw error;
    }
  }
  const issues: ScorecardIssue[] = [];
  for (const [key, value] of Object.entries(setting)) {
    if (!ids.includes(key)) {
      issues.push({
        path: `weights.${key}`,
        message: both(
          `不是维度；维度为 ${order}`,
          `is not a dimension; the dimensions are ${order}`
        ),
      });
    } else if (typeof value !== "number" || !(value > 0) || !Number.isFinite(value)) {
      issues.push({
        path: `weights.${key}`,
        message: both("权重必须是正数", "a weight must be a positive number"),
      });
    }
  }
  const missing = ids.filter((id) => !(id in setting));
  if (missing.length > 0) {
    issues.push({
      path: "weights",
      message: both(
        `缺少维度 ${missing.join(", ")} 的权重`,
        `gives no weight for ${missing.join(", ")}`
      ),
    });
  }
  if (issues.length > 0) return { weights: null, issues };
  const values = ids.map((id) => setting[id] as number);
  const total = values.reduce((a, b) => a + b, 0);
  return { weights: values.map((v) => v / total), issues: [] };
}

/**
 * The scorecard with its dimensions' weights replaced by credit.weights (as percentages), or
 * unchanged when there are none; issues as resolveCreditWeights gives them.
 */
export function weighScorecard(
  scorecard: ScorecardSetting,
  setting: unknown
): { scorecard: ScorecardSetting; issues: ScorecardIssue[] } {
  if (setting === null || setting === undefined) return { scorecard, issues: [] };
  const { weights, issues } = resolveCreditWeights(
    scorecard.dimensions.map((d) => d.id),
    setting
  );
  if (weights === null) return { scorecard, issues };
  return {
    scorecard: {
      ...scorecard,
      dimensions: scorecard.dimensions.map((d, i) => ({ ...d, weight: weights[i] * 100 })),
    },
    issues: [],
  };
}
