import type { Lang, Localized } from "../../../i18n/lang";
import type { ClvResult } from "../../models/tiers/clv";
import type { TierSettings } from "../../models/tiers/tier-settings";
import type { ValueMeasure } from "../../models/tiers/value-measure";
import { formatMoney } from "../money";
import { measureName } from "./measure-name";
import { plainNumber } from "./plain-number";

/** The CLV formula with the customer's numbers: value, tenure, yearly value, retention, discount. */
export function explainClv(
  clv: ClvResult | null,
  value: number | null,
  prospect: boolean,
  measure: ValueMeasure,
  settings: TierSettings["clv"],
  currency?: string
): Localized {
  if (prospect)
    return { "zh-CN": "无客户终生价值：潜在客户没有。", "en-US": "No CLV: prospects have none." };
  const name = measureName(measure);
  if (!clv || value === null) {
    return {
      "zh-CN": `无客户终生价值：需要${name["zh-CN"]}和首次交易日期。`,
      "en-US": `No CLV: it needs ${name["en-US"]} and a first purchase.`,
    };
  }
  const $ = (v: number, lang: Lang): string => formatMoney(v, lang, currency);
  const t = plainNumber(clv.tenureYears, 2);
  const r = plainNumber(settings.retention);
  const d = plainNumber(settings.discount);
  const k = plainNumber(clv.multiplier, 4);
  return {
    "zh-CN": `客户终生价值 ${$(clv.clv, "zh-CN")}：年价值 m = ${name["zh-CN"]} ${$(value, "zh-CN")} / max(${t} 年, 1) = ${$(clv.yearlyValue, "zh-CN")}；CLV = Σ(t = 1..${settings.years}) m × ${r}^(t-1) / (1 + ${d})^t = ${$(clv.yearlyValue, "zh-CN")} × ${k} = ${$(clv.clv, "zh-CN")}。`,
    "en-US": `CLV ${$(clv.clv, "en-US")}: yearly value m = ${name["en-US"]} ${$(value, "en-US")} / max(${t} years, 1) = ${$(clv.yearlyValue, "en-US")}; CLV = sum over t = 1..${settings.years} of m x ${r}^(t-1) / (1 + ${d})^t = ${$(clv.yearlyValue, "en-US")} x ${k} = ${$(clv.clv, "en-US")}.`,
  };
}
