import type { Lang, Localized } from "../../../i18n/lang";
import type { CustomerRfm } from "../../models/tiers/score-tiers";
import type { TierSettings } from "../../models/tiers/tier-settings";
import { formatMoney } from "../money";
import { percent } from "./percent";
import { plainNumber } from "./plain-number";
import { segmentName } from "./segment-name";

export interface RfmExplainInput {
  rfm: CustomerRfm | null;
  breaks: { r: readonly number[]; f: readonly number[]; m: readonly number[] } | null;
  settings: TierSettings["rfm"];
  currency?: string;
}

const join = (xs: readonly number[], f: (x: number) => string): string => xs.map(f).join("/");

/**
 * R, F and M with their inputs and the breaks used, how the breaks were made, and the segment with
 * the grid cell or the rule that chose it.
 */
export function explainRfm(x: RfmExplainInput): Localized {
  if (!x.rfm || !x.breaks) {
    return {
      "zh-CN": "无 RFM：需要有最近交易日期、交易次数和销售额的购买客户。",
      "en-US": "No RFM: it needs a buyer with a last purchase, orders and sales.",
    };
  }
  const { r, f, m, fm, segment, recency, frequency, monetary } = x.rfm;
  const s = x.settings;
  const probs = s.probabilities.map(percent).join("/");
  const how: Localized =
    s.method === "quantile"
      ? { "zh-CN": `按 ${probs} 分位数（R 第 7 类）`, "en-US": `${probs} quantiles (R type 7)` }
      : s.method === "rank"
        ? { "zh-CN": `按排名等分（${probs}）`, "en-US": `rank-based equal bins (${probs})` }
        : { "zh-CN": "按指定值", "en-US": "explicit breaks" };
  const money = (v: number, lang: Lang): string => formatMoney(v, lang, x.currency);
  const ago: Localized =
    recency < 0
      ? {
          "zh-CN": `最近一次购买在基准日之后 ${-recency} 天`,
          "en-US": `last purchase ${-recency} days after the as-of date`,
        }
      : { "zh-CN": `最近一次购买在 ${recency} 天前`, "en-US": `last purchase ${recency} days ago` };
  let why: Localized;
  if (s.segmentPreset === "grid") {
    why = {
      "zh-CN": `FM = (${f} + ${m}) / 2 四舍五入 = ${fm}，R ${r} 行`,
      "en-US": `FM = (${f} + ${m}) / 2 rounded half up = ${fm}, row R ${r}`,
    };
  } else {
    const rule = s.rules.find(
      (q) =>
        q.segment === segment &&
        r >= q.r[0] &&
        r <= q.r[1] &&
        f >= q.f[0] &&
        f <= q.f[1] &&
        m >= q.m[0] &&
        m <= q.m[1]
    );
    const range = (a: readonly [number, number]): string =>
      a[0] === a[1] ? `${a[0]}` : `${a[0]}-${a[1]}`;
    why = rule
      ? {
          "zh-CN": `第一条符合的规则：R ${range(rule.r)}、F ${range(rule.f)}、M ${range(rule.m)}`,
          "en-US": `first matching rule: R ${range(rule.r)}, F ${range(rule.f)}, M ${range(rule.m)}`,
        }
      : { "zh-CN": "没有符合的规则", "en-US": "no rule matches" };
  }
  const seg = segmentName(segment);
  const b = x.breaks;
  return {
    "zh-CN":
      `R ${r}（${ago["zh-CN"]}；分界 ${join(b.r, (v) => plainNumber(v))} 天），` +
      `F ${f}（${plainNumber(frequency)} 次交易；分界 ${join(b.f, (v) => plainNumber(v))}），` +
      `M ${m}（${money(monetary, "zh-CN")}；分界 ${join(b.m, (v) => money(v, "zh-CN"))}）；` +
      `分界${how["zh-CN"]}，5 分最好 → ${seg["zh-CN"]}（${why["zh-CN"]}）。`,
    "en-US":
      `R ${r} (${ago["en-US"]}; breaks ${join(b.r, (v) => plainNumber(v))} days), ` +
      `F ${f} (${plainNumber(frequency)} orders; breaks ${join(b.f, (v) => plainNumber(v))}), ` +
      `M ${m} (${money(monetary, "en-US")}; breaks ${join(b.m, (v) => money(v, "en-US"))}); ` +
      `breaks are the ${how["en-US"]}, 5 is best -> ${seg["en-US"]} (${why["en-US"]}).`,
  };
}
