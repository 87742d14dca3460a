import type { Localized } from "../../../i18n/lang";
import type { KeyCustomerFlags } from "../../models/tiers/key-customers";
import type { TierSettings } from "../../models/tiers/tier-settings";
import { ordinal } from "./ordinal";
import { percent } from "./percent";

export interface KeyCustomerExplainInput {
  key: KeyCustomerFlags;
  buyerRank: number | null;
  buyers: number;
  highValueCutoff: number;
  influence: number | null;
  settings: TierSettings["keyCustomers"];
}

const TITLE: Record<string, Localized> = {
  both: {
    "zh-CN": "关键客户（双料：高价值且重点）",
    "en-US": "Key customer (both high-value and influential)",
  },
  "high-value": { "zh-CN": "关键客户（高价值）", "en-US": "Key customer (high-value)" },
  influential: { "zh-CN": "关键客户（重点）", "en-US": "Key customer (influential)" },
  none: { "zh-CN": "非关键客户", "en-US": "Not a key customer" },
};

/** Why a customer is (or is not) a key customer: its buyer rank against the top share, and its influence. */
export function explainKeyCustomer(x: KeyCustomerExplainInput): Localized {
  const title = TITLE[x.key.kind ?? "none"];
  const pct = percent(x.settings.highValueShare);
  const value: Localized =
    x.buyerRank === null
      ? { "zh-CN": "未按价值排名", "en-US": "not ranked by value" }
      : x.key.highValue
        ? {
            "zh-CN": `在 ${x.buyers} 位购买客户中排名第 ${x.buyerRank}，在前 ${pct}（${x.highValueCutoff} 位）之内`,
            "en-US": `ranks ${ordinal(x.buyerRank)} of ${x.buyers} buyers, within the top ${pct} (${x.highValueCutoff})`,
          }
        : {
            "zh-CN": `在 ${x.buyers} 位购买客户中排名第 ${x.buyerRank}，不在前 ${pct}（${x.highValueCutoff} 位）之内`,
            "en-US": `ranks ${ordinal(x.buyerRank)} of ${x.buyers} buyers, outside the top ${pct} (${x.highValueCutoff})`,
          };
  const min = x.settings.influenceMin;
  const influence: Localized =
    x.influence === null
      ? { "zh-CN": "影响力未填写", "en-US": "no influence recorded" }
      : x.key.influential
        ? {
            "zh-CN": `影响力 ${x.influence} ≥ ${min}`,
            "en-US": `influence ${x.influence} >= ${min}`,
          }
        : {
            "zh-CN": `影响力 ${x.influence} < ${min}`,
            "en-US": `influence ${x.influence} below ${min}`,
          };
  return {
    "zh-CN": `${title["zh-CN"]}：${value["zh-CN"]}；${influence["zh-CN"]}。`,
    "en-US": `${title["en-US"]}: ${value["en-US"]}; ${influence["en-US"]}.`,
  };
}
