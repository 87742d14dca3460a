import { DEFAULT_TIER_SETTINGS } from "../../models/tiers/tier-settings";
import { explainAbc, type AbcExplainInput } from "./abc-sentence";

const base: AbcExplainInput = {
  abc: "A",
  rank: 12,
  value: 1_200_000,
  lossMaking: false,
  shareBefore: 0.5,
  measure: "gross_profit",
  totalValue: 50_000_000,
  totalNotPositive: false,
  aCount: 37,
  aShare: 0.8,
  settings: DEFAULT_TIER_SETTINGS.abc,
};

describe("explainAbc", () => {
  it("explains A with the group, the rule and the customer's rank and value", () => {
    expect(explainAbc(base)).toEqual({
      "zh-CN":
        "A 类：前 37 位客户贡献了 80% 的毛利（累计到越过 80% 的客户为止）；该客户排名第 12，贡献 ¥120.0万。",
      "en-US":
        "Tier A: the top 37 customers make 80% of gross profit (A runs to the customer that crosses 80%); this one ranks 12th with ¥1.2M.",
    });
  });

  it("explains B and C with the share held above the customer", () => {
    expect(
      explainAbc({ ...base, abc: "B", rank: 41, value: 2_000, shareBefore: 0.8123 })["en-US"]
    ).toBe(
      "Tier B: ranks 41st with ¥2.0K; the customers above it hold 81.2% of gross profit, at least 80% but below 95%."
    );
    expect(explainAbc({ ...base, abc: "C", rank: 90, value: 30, shareBefore: 0.96 })["zh-CN"]).toBe(
      "C 类：排名第 90，贡献 ¥30；排在前面的客户已占毛利的 96%，达到 95%。"
    );
  });

  it("explains loss-makers, a non-positive total and unranked customers", () => {
    expect(
      explainAbc({ ...base, abc: "C", lossMaking: true, value: -500, rank: 99 })["en-US"]
    ).toBe("Tier C, loss-making: gross profit of -¥500 (0 or less); ranks 99th.");
    expect(
      explainAbc({ ...base, abc: "C", totalNotPositive: true, totalValue: -1_200 })["en-US"]
    ).toBe(
      "Tier C: the gross profit of all customers totals -¥1.2K, not above 0, so every customer is C."
    );
    expect(explainAbc({ ...base, abc: null, value: null, rank: null })["zh-CN"]).toBe(
      "未参与排名：该客户没有毛利数据。"
    );
  });
});
