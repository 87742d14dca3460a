import { DEFAULT_TIER_SETTINGS } from "../../models/tiers/tier-settings";
import { explainLifecycle, type LifecycleExplainInput } from "./lifecycle-sentence";

const base: LifecycleExplainInput = {
  status: "Loyal",
  stage: "stability",
  churnAlert: false,
  orders: 12,
  recency: 10,
  tenureDays: 800,
  settings: DEFAULT_TIER_SETTINGS.lifecycle,
};

describe("explainLifecycle", () => {
  it("gives the numbers and thresholds, then the stage", () => {
    expect(explainLifecycle(base)).toEqual({
      "zh-CN":
        "忠诚客户：12 次交易（至少 5 次），成为客户 800 天（至少 365 天）。关系阶段：稳定期。",
      "en-US":
        "Loyal: 12 orders (at least 5) over 800 days as a customer (at least 365). Stage: stability (稳定期).",
    });
  });

  it("says when 退化期 comes from a churn alert", () => {
    expect(explainLifecycle({ ...base, stage: "decline", churnAlert: true })["en-US"]).toBe(
      "Loyal: 12 orders (at least 5) over 800 days as a customer (at least 365). Stage: decline (退化期), because a churn alert is on."
    );
  });

  it("explains the other statuses", () => {
    expect(
      explainLifecycle({ ...base, status: "Churned", stage: "decline", recency: 400 })["en-US"]
    ).toBe("Churned: last purchase 400 days ago, more than 365. Stage: decline (退化期).");
    expect(
      explainLifecycle({
        ...base,
        status: "Repeat",
        stage: "formation",
        orders: 3,
        tenureDays: null,
      })["en-US"]
    ).toContain("(now unknown)");
    expect(explainLifecycle({ ...base, status: "First-time", stage: "formation" })["zh-CN"]).toBe(
      "初次购买客户：1 次交易。关系阶段：形成期。"
    );
    expect(explainLifecycle({ ...base, status: "Prospect", stage: "exploration" })["en-US"]).toBe(
      "Prospect: no purchase yet. Stage: exploration (考察期)."
    );
    expect(explainLifecycle({ ...base, status: null, stage: null })["en-US"]).toBe(
      "Lifecycle unknown: the number of orders is missing."
    );
  });
});
