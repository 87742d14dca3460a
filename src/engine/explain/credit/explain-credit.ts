import type { Lang } from "../../../i18n/lang";
import type { CreditResult } from "../../models/credit/credit-result";
import { explainInsufficient } from "./explain-insufficient";
import { explainStatistical } from "./explain-statistical";
import { formatNumber } from "./format-number";
import { reasonPhrase } from "./reason-phrase";

/**
 * The sentence behind a credit result: "Grade BB (54): average 45 days overdue (30/100), debt
 * ratio 78% (35/100), no collateral (20/100)" / "等级 BB（54 分）：平均逾期 45 天（30/100），
 * 资产负债率 78%（35/100），无担保（20/100）". The score shows rounded; the grade was taken from
 * the exact score. With insufficient data, the reason why comes first, then the score on what
 * there is and its reasons.
 */
export function explainCredit(result: CreditResult, lang: Lang): string {
  if (result.scorecard === "statistical") return explainStatistical(result, lang);
  const zh = lang === "zh-CN";
  const reasons = result.reasons.map((r) => reasonPhrase(r, lang)).join(zh ? "，" : ", ");
  if (result.score === null) return explainInsufficient(result, lang);
  const score = formatNumber(result.score, 0);
  if (result.grade === "insufficient") {
    const tail = zh ? `现有数据得分 ${score}` : `Score ${score} on what there is`;
    return `${explainInsufficient(result, lang)} ${tail}${reasons ? (zh ? `：${reasons}` : `: ${reasons}`) : ""}${zh ? "。" : "."}`;
  }
  if (zh) return `等级 ${result.grade}（${score} 分）：${reasons || "各项指标均为满分"}`;
  return `Grade ${result.grade} (${score}): ${reasons || "every indicator at full points"}`;
}
