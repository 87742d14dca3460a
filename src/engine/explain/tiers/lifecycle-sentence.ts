import type { Localized } from "../../../i18n/lang";
import type { LifecycleStatus } from "../../models/tiers/lifecycle";
import type { RelationshipStage } from "../../models/tiers/relationship-stage";
import type { TierSettings } from "../../models/tiers/tier-settings";
import { stageName } from "./stage-name";

export interface LifecycleExplainInput {
  status: LifecycleStatus | null;
  stage: RelationshipStage | null;
  churnAlert: boolean | null;
  orders: number | null;
  /** Days since the last purchase, null when unknown. */
  recency: number | null;
  /** Days since the first purchase, null when unknown. */
  tenureDays: number | null;
  settings: TierSettings["lifecycle"];
}

/** The lifecycle status with the numbers and thresholds behind it, then the relationship stage. */
export function explainLifecycle(x: LifecycleExplainInput): Localized {
  const s = x.settings;
  const o = x.orders ?? 0;
  let status: Localized;
  switch (x.status) {
    case "Prospect":
      status = { "zh-CN": "潜在客户：尚无购买。", "en-US": "Prospect: no purchase yet." };
      break;
    case "Churned":
      status = {
        "zh-CN": `流失客户：最近一次购买在 ${x.recency} 天前，超过 ${s.churnDays} 天。`,
        "en-US": `Churned: last purchase ${x.recency} days ago, more than ${s.churnDays}.`,
      };
      break;
    case "Loyal":
      status = {
        "zh-CN": `忠诚客户：${o} 次交易（至少 ${s.loyalOrders} 次），成为客户 ${x.tenureDays} 天（至少 ${s.loyalTenureDays} 天）。`,
        "en-US": `Loyal: ${o} orders (at least ${s.loyalOrders}) over ${x.tenureDays} days as a customer (at least ${s.loyalTenureDays}).`,
      };
      break;
    case "Repeat": {
      const tenure =
        x.tenureDays === null
          ? { zh: "未知", en: "unknown" }
          : { zh: `${x.tenureDays} 天`, en: `${x.tenureDays} days` };
      status = {
        "zh-CN": `重复购买客户：${o} 次交易（至少 ${s.repeatOrders} 次）；忠诚客户需要 ${s.loyalOrders} 次交易且成为客户满 ${s.loyalTenureDays} 天（现为 ${tenure.zh}）。`,
        "en-US": `Repeat: ${o} orders (at least ${s.repeatOrders}); loyal needs ${s.loyalOrders} orders over ${s.loyalTenureDays} days as a customer (now ${tenure.en}).`,
      };
      break;
    }
    case "First-time":
      status = { "zh-CN": "初次购买客户：1 次交易。", "en-US": "First-time: one order." };
      break;
    default:
      status = {
        "zh-CN": "客户状态未知：缺少交易次数。",
        "en-US": "Lifecycle unknown: the number of orders is missing.",
      };
  }
  if (x.stage === null) return status;
  const name = stageName(x.stage);
  const byAlert = x.stage === "decline" && x.status !== "Churned" && x.churnAlert === true;
  return {
    "zh-CN": `${status["zh-CN"]}关系阶段：${name["zh-CN"]}${byAlert ? "（流失预警已触发）" : ""}。`,
    "en-US": `${status["en-US"]} Stage: ${name["en-US"]}${byAlert ? ", because a churn alert is on" : ""}.`,
  };
}
