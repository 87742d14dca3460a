import { DEFAULT_TIER_SETTINGS } from "../../models/tiers/tier-settings";
import { explainRfm, type RfmExplainInput } from "./rfm-sentence";

const base: RfmExplainInput = {
  rfm: {
    r: 4,
    f: 3,
    m: 5,
    fm: 4,
    segment: "Loyal Customers",
    recency: 35,
    frequency: 5,
    monetary: 12_000,
  },
  breaks: { r: [30, 60, 120, 240], f: [2, 4, 6.4, 9], m: [500, 1_000, 5_000, 10_000] },
  settings: DEFAULT_TIER_SETTINGS.rfm,
};

describe("explainRfm", () => {
  it("gives scores, inputs, breaks, method and the grid cell", () => {
    expect(explainRfm(base)).toEqual({
      "zh-CN":
        "R 4（最近一次购买在 35 天前；分界 30/60/120/240 天），F 3（5 次交易；分界 2/4/6.4/9），M 5（¥1.2万；分界 ¥500/¥1,000/¥5,000/¥1.0万）；分界按 20%/40%/60%/80% 分位数（R 第 7 类），5 分最好 → 忠诚客户（FM = (3 + 5) / 2 四舍五入 = 4，R 4 行）。",
      "en-US":
        "R 4 (last purchase 35 days ago; breaks 30/60/120/240 days), F 3 (5 orders; breaks 2/4/6.4/9), M 5 (¥12.0K; breaks ¥500/¥1.0K/¥5.0K/¥10.0K); breaks are the 20%/40%/60%/80% quantiles (R type 7), 5 is best -> Loyal Customers (FM = (3 + 5) / 2 rounded half up = 4, row R 4).",
    });
  });

  it("names the rule that matched under the rules preset", () => {
    const settings = {
      ...DEFAULT_TIER_SETTINGS.rfm,
      segmentPreset: "rules" as const,
      method: "explicit" as const,
    };
    const rfm = { ...base.rfm!, r: 4, f: 4, m: 4, segment: "Potential Loyalist" };
    const en = explainRfm({ ...base, rfm, settings })["en-US"];
    expect(en).toContain("explicit breaks");
    expect(en).toContain("Potential Loyalist (first matching rule: R 3-5, F 3-5, M 2-5)");
    expect(
      explainRfm({ ...base, rfm: { ...rfm, segment: "Others" }, settings })["en-US"]
    ).toContain("Others (no rule matches)");
  });

  it("explains a purchase after the as-of date and a customer without RFM", () => {
    expect(explainRfm({ ...base, rfm: { ...base.rfm!, r: 5, recency: -3 } })["en-US"]).toContain(
      "R 5 (last purchase 3 days after the as-of date"
    );
    expect(explainRfm({ ...base, rfm: null })["en-US"]).toBe(
      "No RFM: it needs a buyer with a last purchase, orders and sales."
    );
  });
});
