import type { Lang } from "../../../i18n/lang";
import type { IndicatorResult } from "../../models/credit/credit-result";
import { formatNumber } from "./format-number";

/**
 * An indicator's value as a sentence shows it, by its unit: days, counts and years to 1 decimal,
 * shares as percentages to 1 decimal ("78%"), ratios to 2 decimals, amounts with thousands
 * grouped, categories by their name in `lang`. Null when the indicator has no data.
 */
export function formatIndicatorValue(indicator: IndicatorResult, lang: Lang): string | null {
  const value = indicator.value;
  if (value === null) return null;
  if (typeof value === "string") return indicator.categoryName?.[lang] ?? value;
  switch (indicator.unit) {
    case "percent":
      return `${formatNumber(value * 100, 1)}%`;
    case "ratio":
      return formatNumber(value, 2);
    case "amount":
      return formatNumber(value, 2);
    default:
      return formatNumber(value, 1);
  }
}
