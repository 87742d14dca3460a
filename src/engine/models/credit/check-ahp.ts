import type { Localized } from "../../../i18n/lang";
import { ahpWeights, AHP_MAX_CR } from "./ahp";
import type { AhpResult } from "./ahp";
import { WeightingError } from "./weighting-error";

export type AhpCheck =
  { ok: true; result: AhpResult } | { ok: false; result: AhpResult | null; message: Localized };

/**
 * AHP weights a manager may use: refused, with a message in both languages, when the matrix is
 * invalid or CR >= maxCr (0.10 by default, domain.md §5). The result is kept on refusal of an
 * inconsistent matrix so the page can still show CR.
 */
export function checkAhp(matrix: readonly (readonly number[])[], maxCr = AHP_MAX_CR): AhpCheck {
  let result: AhpResult;
  try {
    result = ahpWeights(matrix, maxCr);
  } catch (e) {
    if (e instanceof WeightingError) return { ok: false, result: null, message: e.localized };
    throw e;
  }
  if (result.consistent) return { ok: true, result };
  const cr = result.cr.toFixed(3);
  const limit = maxCr.toFixed(2);
  return {
    ok: false,
    result,
    message: {
      "zh-CN": `判断矩阵一致性不足：CR = ${cr}，须小于 ${limit}。请检查相互矛盾的两两比较后重新打分。`,
      "en-US": `The comparisons are too inconsistent: CR = ${cr}, which must be below ${limit}. Revise the judgements that contradict each other.`,
    },
  };
}
