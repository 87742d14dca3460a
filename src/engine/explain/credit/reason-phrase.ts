import type { Lang } from "../../../i18n/lang";
import type { IndicatorResult } from "../../models/credit/credit-result";
import { formatNumber } from "./format-number";
import { indicatorPhrase } from "./indicator-phrase";
import { STATISTICAL_DIMENSION } from "../../models/scorecard/statistical-credit";

/** "debt ratio 78% (35/100)" / "资产负债率 78%（35/100）": a reason's phrase with its points, as it sits in a list. */
export function reasonPhrase(indicator: IndicatorResult, lang: Lang): string {
  const points = indicator.points === null ? "-" : formatNumber(indicator.points, 0);
  // A statistical scorecard's bin points are on the score's own scale, not out of 100.
  if (indicator.dimension === STATISTICAL_DIMENSION) {
    return lang === "zh-CN"
      ? `${indicatorPhrase(indicator, lang)}（${points} 分）`
      : `${indicatorPhrase(indicator, lang)} (${points} points)`;
  }
  return lang === "zh-CN"
    ? `${indicatorPhrase(indicator, lang)}（${points}/100）`
    : `${indicatorPhrase(indicator, lang)} (${points}/100)`;
}
