import type { Lang } from "../../../i18n/lang";
import type { IndicatorResult } from "../../models/credit/credit-result";
import { formatNumber } from "./format-number";
import { indicatorPhrase } from "./indicator-phrase";

/**
 * A reason code as a sentence of its own, with its value, its points and the score it costs:
 * "Debt ratio 78% scores 35/100, costing 6.5 points." / "资产负债率 78%，得分 35/100，扣 6.5 分。"
 */
export function explainReason(indicator: IndicatorResult, lang: Lang): string {
  const phrase = indicatorPhrase(indicator, lang);
  const points = indicator.points === null ? "-" : formatNumber(indicator.points, 0);
  const cost = formatNumber(indicator.shortfall ?? 0, 1);
  if (lang === "zh-CN") return `${phrase}，得分 ${points}/100，扣 ${cost} 分。`;
  return `${phrase.charAt(0).toUpperCase()}${phrase.slice(1)} scores ${points}/100, costing ${cost} points.`;
}
