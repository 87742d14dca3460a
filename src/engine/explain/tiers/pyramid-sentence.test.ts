import { DEFAULT_TIER_SETTINGS } from "../../models/tiers/tier-settings";
import { explainPyramid, type PyramidExplainInput } from "./pyramid-sentence";

const base: PyramidExplainInput = {
  level: "Major",
  buyerRank: 5,
  buyers: 150,
  cutoffs: { vip: 2, major: 8, ordinary: 30 },
  value: 52_000,
  measure: "sales_amount",
  settings: DEFAULT_TIER_SETTINGS.pyramid,
};

describe("explainPyramid", () => {
  it("gives the rank among buyers and the level's rank range", () => {
    expect(explainPyramid(base)).toEqual({
      "zh-CN":
        "主要客户：在 150 位购买客户中按销售额排名第 5（¥5.2万）；主要客户 = 第 3-8 名（累计前 5%，向上取整）。",
      "en-US":
        "Major: ranks 5th of 150 buyers by sales (¥52.0K); Major = ranks 3-8 (cumulative top 5%, rounded up).",
    });
    expect(explainPyramid({ ...base, level: "Small", buyerRank: 31 })["en-US"]).toContain(
      "Small = after the top 20% (rank 30)"
    );
  });

  it("explains prospects and unranked buyers", () => {
    expect(explainPyramid({ ...base, level: "Prospect" })["en-US"]).toContain("no purchase yet");
    expect(explainPyramid({ ...base, level: null, buyerRank: null, value: null })["zh-CN"]).toBe(
      "未进入金字塔：购买客户但没有销售额数据。"
    );
  });
});
