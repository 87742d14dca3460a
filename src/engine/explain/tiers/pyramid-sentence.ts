import type { Lang, Localized } from "../../../i18n/lang";
import type { PyramidLevel } from "../../models/tiers/pyramid";
import type { TierSettings } from "../../models/tiers/tier-settings";
import type { ValueMeasure } from "../../models/tiers/value-measure";
import { formatMoney } from "../money";
import { pyramidName } from "./level-name";
import { measureName } from "./measure-name";
import { ordinal } from "./ordinal";
import { percent } from "./percent";

export interface PyramidExplainInput {
  level: PyramidLevel | null;
  buyerRank: number | null;
  buyers: number;
  cutoffs: { vip: number; major: number; ordinary: number };
  value: number | null;
  measure: ValueMeasure;
  settings: TierSettings["pyramid"];
  currency?: string;
}

/** Why a customer sits at its pyramid level: its rank among buyers and the level's rank range and share. */
export function explainPyramid(x: PyramidExplainInput): Localized {
  const m = measureName(x.measure);
  if (x.level === "Prospect") {
    return {
      "zh-CN":
        "潜在客户：尚无购买（交易次数为 0，或交易次数与最近交易日期均为空）；金字塔只对购买客户排名。",
      "en-US":
        "Prospect: no purchase yet (0 orders, or no orders and no last purchase); the pyramid ranks buyers only.",
    };
  }
  if (x.level === null || x.buyerRank === null || x.value === null) {
    return {
      "zh-CN": `未进入金字塔：购买客户但没有${m["zh-CN"]}数据。`,
      "en-US": `Not in the pyramid: a buyer without ${m["en-US"]}.`,
    };
  }
  const { vip, major, ordinary } = x.cutoffs;
  const range: Record<Exclude<PyramidLevel, "Prospect">, [number, number, string]> = {
    VIP: [1, vip, percent(x.settings.vipShare)],
    Major: [vip + 1, major, percent(x.settings.majorShare)],
    Ordinary: [major + 1, ordinary, percent(x.settings.ordinaryShare)],
    Small: [ordinary + 1, x.buyers, percent(x.settings.ordinaryShare)],
  };
  const [from, to, pct] = range[x.level];
  const say = (lang: Lang): string => formatMoney(x.value as number, lang, x.currency);
  const rule: Localized =
    x.level === "Small"
      ? {
          "zh-CN": `小客户 = 前 ${pct}（第 ${ordinary} 名）之后`,
          "en-US": `Small = after the top ${pct} (rank ${ordinary})`,
        }
      : {
          "zh-CN": `${pyramidName(x.level)["zh-CN"]} = 第 ${from}-${to} 名（累计前 ${pct}，向上取整）`,
          "en-US": `${x.level} = ranks ${from}-${to} (cumulative top ${pct}, rounded up)`,
        };
  return {
    "zh-CN": `${pyramidName(x.level)["zh-CN"]}：在 ${x.buyers} 位购买客户中按${m["zh-CN"]}排名第 ${x.buyerRank}（${say("zh-CN")}）；${rule["zh-CN"]}。`,
    "en-US": `${x.level}: ranks ${ordinal(x.buyerRank)} of ${x.buyers} buyers by ${m["en-US"]} (${say("en-US")}); ${rule["en-US"]}.`,
  };
}
