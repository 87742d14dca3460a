import type { Lang } from "../../../i18n/lang";
import type { IndicatorResult } from "../../models/credit/credit-result";
import { formatIndicatorValue } from "./format-indicator-value";
import { formatNumber } from "./format-number";

type Phrase = (value: string, raw: number | string) => string;

/**
 * How the default indicators read in a sentence, kept apart from the models (as zod keeps its
 * messages): {value} is the formatted value. Custom indicators fall back to "name value".
 */
const PHRASES: Readonly<Record<string, Record<Lang, Phrase>>> = {
  overdue_days: { "en-US": (v) => `average ${v} days overdue`, "zh-CN": (v) => `平均逾期 ${v} 天` },
  late_payments: {
    "en-US": (v, raw) => `${v} late payment${raw === 1 ? "" : "s"} in 12 months`,
    "zh-CN": (v) => `近12月逾期 ${v} 次`,
  },
  customer_years: {
    "en-US": (v, raw) => `a customer for ${v} year${raw === 1 ? "" : "s"}`,
    "zh-CN": (v) => `合作 ${v} 年`,
  },
  returns_ratio: {
    "en-US": (v) => `returns and discounts ${v} of sales`,
    "zh-CN": (v) => `退货折让占销售额 ${v}`,
  },
  current_ratio: { "en-US": (v) => `current ratio ${v}`, "zh-CN": (v) => `流动比率 ${v}` },
  net_margin: { "en-US": (v) => `net margin ${v}`, "zh-CN": (v) => `净利率 ${v}` },
  revenue_growth: { "en-US": (v) => `revenue growth ${v}`, "zh-CN": (v) => `营业收入增长 ${v}` },
  debt_ratio: { "en-US": (v) => `debt ratio ${v}`, "zh-CN": (v) => `资产负债率 ${v}` },
  registered_capital: {
    // The field is in 10k CNY (万元): English readers get the amount in yuan.
    "en-US": (_v, raw) =>
      `registered capital CNY ${typeof raw === "number" ? formatNumber(raw * 10_000, 0) : raw}`,
    "zh-CN": (v) => `注册资本 ${v} 万元`,
  },
  collateral_cover: {
    "en-US": (v, raw) =>
      raw === 0 ? "no collateral" : `collateral covering ${v} of the credit limit`,
    "zh-CN": (v, raw) => (raw === 0 ? "无担保" : `担保覆盖授信额度的 ${v}`),
  },
  industry_risk: { "en-US": (v) => `${v} industry risk`, "zh-CN": (v) => `行业风险${v}` },
  business_years: {
    "en-US": (v, raw) => `${v} year${raw === 1 ? "" : "s"} in business`,
    "zh-CN": (v) => `经营 ${v} 年`,
  },
  altman_z: { "en-US": (v) => `Altman Z'' ${v}`, "zh-CN": (v) => `Altman Z'' 值 ${v}` },
};

/**
 * An indicator and its value as a phrase ("average 45 days overdue", "平均逾期 45 天",
 * "no collateral"); "debt ratio: no data" / "资产负债率：无数据" without data.
 */
export function indicatorPhrase(indicator: IndicatorResult, lang: Lang): string {
  const value = formatIndicatorValue(indicator, lang);
  const name = indicator.name[lang];
  if (value === null || indicator.value === null) {
    return lang === "zh-CN" ? `${name}：无数据` : `${name}: no data`;
  }
  const phrase = PHRASES[indicator.id]?.[lang];
  return phrase ? phrase(value, indicator.value) : `${name} ${value}`;
}
