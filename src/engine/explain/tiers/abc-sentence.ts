import type { Localized } from "../../../i18n/lang";
import type { AbcClass } from "../../models/tiers/abc";
import type { TierSettings } from "../../models/tiers/tier-settings";
import type { ValueMeasure } from "../../models/tiers/value-measure";
import { formatMoney } from "../money";
import { measureName } from "./measure-name";
import { ordinal } from "./ordinal";
import { percent } from "./percent";

export interface AbcExplainInput {
  abc: AbcClass | null;
  rank: number | null;
  value: number | null;
  lossMaking: boolean;
  /** Share of the net total held by the customers ranked above this one. */
  shareBefore: number | null;
  measure: ValueMeasure;
  totalValue: number;
  totalNotPositive: boolean;
  /** How many customers are A, and the share of the net total they hold. */
  aCount: number;
  aShare: number | null;
  settings: TierSettings["abc"];
  currency?: string;
}

/** Why a customer is A, B or C: its rank and value, the A group's size and share, and the 80/95% rule. */
export function explainAbc(x: AbcExplainInput): Localized {
  const m = measureName(x.measure);
  const money = (v: number, lang: "zh-CN" | "en-US"): string => formatMoney(v, lang, x.currency);
  const aPct = percent(x.settings.aShare);
  const bPct = percent(x.settings.bShare);
  if (x.abc === null || x.value === null || x.rank === null) {
    return {
      "zh-CN": `未参与排名：该客户没有${m["zh-CN"]}数据。`,
      "en-US": `Not ranked: this customer has no ${m["en-US"]}.`,
    };
  }
  if (x.totalNotPositive) {
    return {
      "zh-CN": `C 类：全部客户的${m["zh-CN"]}合计 ${money(x.totalValue, "zh-CN")}，不大于 0，所有客户都归为 C 类。`,
      "en-US": `Tier C: the ${m["en-US"]} of all customers totals ${money(x.totalValue, "en-US")}, not above 0, so every customer is C.`,
    };
  }
  if (x.lossMaking) {
    return {
      "zh-CN": `C 类（亏损客户）：${m["zh-CN"]} ${money(x.value, "zh-CN")}，不大于 0；排名第 ${x.rank}。`,
      "en-US": `Tier C, loss-making: ${m["en-US"]} of ${money(x.value, "en-US")} (0 or less); ranks ${ordinal(x.rank)}.`,
    };
  }
  if (x.abc === "A") {
    const share = percent(x.aShare ?? 0);
    return {
      "zh-CN": `A 类：前 ${x.aCount} 位客户贡献了 ${share} 的${m["zh-CN"]}（累计到越过 ${aPct} 的客户为止）；该客户排名第 ${x.rank}，贡献 ${money(x.value, "zh-CN")}。`,
      "en-US": `Tier A: the top ${x.aCount} customers make ${share} of ${m["en-US"]} (A runs to the customer that crosses ${aPct}); this one ranks ${ordinal(x.rank)} with ${money(x.value, "en-US")}.`,
    };
  }
  const before = percent(x.shareBefore ?? 0);
  if (x.abc === "B") {
    return {
      "zh-CN": `B 类：排名第 ${x.rank}，贡献 ${money(x.value, "zh-CN")}；排在前面的客户已占${m["zh-CN"]}的 ${before}，达到 ${aPct} 但低于 ${bPct}。`,
      "en-US": `Tier B: ranks ${ordinal(x.rank)} with ${money(x.value, "en-US")}; the customers above it hold ${before} of ${m["en-US"]}, at least ${aPct} but below ${bPct}.`,
    };
  }
  return {
    "zh-CN": `C 类：排名第 ${x.rank}，贡献 ${money(x.value, "zh-CN")}；排在前面的客户已占${m["zh-CN"]}的 ${before}，达到 ${bPct}。`,
    "en-US": `Tier C: ranks ${ordinal(x.rank)} with ${money(x.value, "en-US")}; the customers above it already hold ${before} of ${m["en-US"]}, ${bPct} or more.`,
  };
}
