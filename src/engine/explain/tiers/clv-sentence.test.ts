import { customerLifetimeValue } from "../../models/tiers/clv";
import { DEFAULT_TIER_SETTINGS } from "../../models/tiers/tier-settings";
import { explainClv } from "./clv-sentence";

const S = DEFAULT_TIER_SETTINGS.clv;

describe("explainClv", () => {
  it("writes the formula with the numbers", () => {
    const clv = customerLifetimeValue(
      10_000,
      { orders: 3, first_purchase: 0, last_purchase: 700 },
      730,
      S
    );
    expect(explainClv(clv, 10_000, false, "gross_profit", S)["en-US"]).toBe(
      "CLV ¥13.3K: yearly value m = gross profit ¥10.0K / max(2 years, 1) = ¥5.0K; CLV = sum over t = 1..5 of m x 0.8^(t-1) / (1 + 0.1)^t = ¥5.0K x 2.6551 = ¥13.3K."
    );
    expect(explainClv(clv, 10_000, false, "gross_profit", S)["zh-CN"]).toBe(
      "客户终生价值 ¥1.3万：年价值 m = 毛利 ¥1.0万 / max(2 年, 1) = ¥5,000；CLV = Σ(t = 1..5) m × 0.8^(t-1) / (1 + 0.1)^t = ¥5,000 × 2.6551 = ¥1.3万。"
    );
  });

  it("says why there is none", () => {
    expect(explainClv(null, null, true, "gross_profit", S)["en-US"]).toBe(
      "No CLV: prospects have none."
    );
    expect(explainClv(null, 5, false, "sales_amount", S)["en-US"]).toBe(
      "No CLV: it needs sales and a first purchase."
    );
  });
});
