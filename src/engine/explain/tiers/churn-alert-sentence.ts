import type { Localized } from "../../../i18n/lang";
import type { TierSettings } from "../../models/tiers/tier-settings";
import { plainNumber } from "./plain-number";

export interface ChurnAlertExplainInput {
  churnAlert: boolean | null;
  prospect: boolean;
  orders: number | null;
  /** Days from first to last purchase. */
  spanDays: number | null;
  /** Days since the last purchase. */
  recency: number | null;
  settings: TierSettings["churnAlert"];
}

/** The churn alert with the customer's own rhythm: average gap, days since the last purchase, the factor. */
export function explainChurnAlert(x: ChurnAlertExplainInput): Localized {
  const s = x.settings;
  if (x.prospect)
    return {
      "zh-CN": "无流失预警：潜在客户不在预警范围内。",
      "en-US": "No churn alert: prospects are not watched.",
    };
  if (x.churnAlert === null || x.orders === null || x.recency === null) {
    return {
      "zh-CN": "无流失预警：缺少所需的交易次数或交易日期。",
      "en-US": "No churn alert: the orders or purchase dates it needs are missing.",
    };
  }
  if (x.orders === 1) {
    return x.churnAlert
      ? {
          "zh-CN": `流失预警：仅 1 次交易，距今 ${x.recency} 天，超过 ${s.oneOrderDays} 天。`,
          "en-US": `Churn alert: one order, ${x.recency} days ago, more than ${s.oneOrderDays}.`,
        }
      : {
          "zh-CN": `无流失预警：仅 1 次交易，距今 ${x.recency} 天，未超过 ${s.oneOrderDays} 天。`,
          "en-US": `No churn alert: one order, ${x.recency} days ago, not more than ${s.oneOrderDays}.`,
        };
  }
  const gaps = x.orders - 1;
  const gap = plainNumber((x.spanDays ?? 0) / gaps, 1);
  const f = plainNumber(s.gapFactor);
  const rhythm = {
    zh: `平均购买间隔 ${gap} 天（${x.spanDays} 天 / ${gaps} 个间隔）；距最近一次购买 ${x.recency} 天`,
    en: `average gap ${gap} days (${x.spanDays} days / ${gaps} gaps); ${x.recency} days since the last purchase`,
  };
  return x.churnAlert
    ? {
        "zh-CN": `流失预警：${rhythm.zh} > ${f} × ${gap}。`,
        "en-US": `Churn alert: ${rhythm.en} > ${f} x ${gap}.`,
      }
    : {
        "zh-CN": `无流失预警：${rhythm.zh} ≤ ${f} × ${gap}。`,
        "en-US": `No churn alert: ${rhythm.en} <= ${f} x ${gap}.`,
      };
}
