import type { Lang } from "../../../i18n/lang";
import type { CreditResult } from "../../models/credit/credit-result";
import { formatNumber } from "./format-number";

/**
 * Why a result is "insufficient data": "Insufficient data: only 40% of the scorecard's weight
 * has data; missing: average days overdue, debt ratio." / "资料不足：评分卡仅 40% 的权重有数据；
 * 缺少：平均逾期天数、资产负债率。" The share is rounded down, so 49.6% never reads as 50%.
 */
export function explainInsufficient(result: CreditResult, lang: Lang): string {
  const share = `${formatNumber(Math.floor(result.confidence * 1000) / 10, 1)}%`;
  const missing = result.indicators.filter((i) => i.points === null).map((i) => i.name[lang]);
  if (lang === "zh-CN") {
    return `资料不足：评分卡仅 ${share} 的权重有数据；缺少：${missing.join("、")}。`;
  }
  return `Insufficient data: only ${share} of the scorecard's weight has data; missing: ${missing
    // Mid-sentence names go lower-case, except acronyms ("EBIT").
    .map((m) => (/^[A-Z][a-z]/.test(m) ? m.charAt(0).toLowerCase() + m.slice(1) : m))
    .join(", ")}.`;
}
