import type { Lang } from "../../../i18n/lang";
import type { FuzzyGradeSetting } from "../../models/credit/credit-settings";
import type { FuzzyResult } from "../../models/credit/fuzzy";
import { formatNumber } from "./format-number";

/**
 * A fuzzy evaluation with its membership vector: "Fuzzy evaluation: good (excellent 25%, good
 * 40%, fair 15%, poor 20%)." / "模糊综合评价：良（优 25%，良 40%，中 15%，差 20%）。"
 */
export function explainFuzzy(
  result: FuzzyResult | null,
  grades: readonly FuzzyGradeSetting[],
  lang: Lang
): string {
  const zh = lang === "zh-CN";
  if (result === null) return zh ? "模糊综合评价：无数据。" : "Fuzzy evaluation: no data.";
  const name = (id: string): string => grades.find((g) => g.id === id)?.name[lang] ?? id;
  const vector = result.memberships
    .map((m) => `${name(m.grade)} ${formatNumber(m.membership * 100, 1)}%`)
    .join(zh ? "，" : ", ");
  return zh
    ? `模糊综合评价：${name(result.grade)}（${vector}）。`
    : `Fuzzy evaluation: ${name(result.grade)} (${vector}).`;
}
