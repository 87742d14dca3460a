import { DEFAULT_TIER_SETTINGS } from "../../models/tiers/tier-settings";
import { explainChurnAlert, type ChurnAlertExplainInput } from "./churn-alert-sentence";

const base: ChurnAlertExplainInput = {
  churnAlert: true,
  prospect: false,
  orders: 5,
  spanDays: 80,
  recency: 45,
  settings: DEFAULT_TIER_SETTINGS.churnAlert,
};

describe("explainChurnAlert", () => {
  it("gives the average gap and the comparison", () => {
    expect(explainChurnAlert(base)).toEqual({
      "zh-CN": "流失预警：平均购买间隔 20 天（80 天 / 4 个间隔）；距最近一次购买 45 天 > 2 × 20。",
      "en-US":
        "Churn alert: average gap 20 days (80 days / 4 gaps); 45 days since the last purchase > 2 x 20.",
    });
    expect(explainChurnAlert({ ...base, churnAlert: false, recency: 40 })["en-US"]).toBe(
      "No churn alert: average gap 20 days (80 days / 4 gaps); 40 days since the last purchase <= 2 x 20."
    );
  });

  it("explains one order, prospects and missing data", () => {
    expect(explainChurnAlert({ ...base, orders: 1, recency: 120 })["en-US"]).toBe(
      "Churn alert: one order, 120 days ago, more than 90."
    );
    expect(explainChurnAlert({ ...base, churnAlert: null, prospect: true })["en-US"]).toBe(
      "No churn alert: prospects are not watched."
    );
    expect(explainChurnAlert({ ...base, churnAlert: null })["zh-CN"]).toBe(
      "无流失预警：缺少所需的交易次数或交易日期。"
    );
  });
});
