import { explainInsufficient } from "./explain-insufficient";
import { exampleResult } from "./test-results";

describe("explainInsufficient", () => {
  it("rounds the share down so that just under 50% never reads as 50%", () => {
    const text = explainInsufficient(
      exampleResult({ grade: "insufficient", confidence: 0.4999 }),
      "en-US"
    );
    expect(text).toBe(
      "Insufficient data: only 49.9% of the scorecard's weight has data; missing: current ratio."
    );
  });

  it("lists what is missing in Chinese with the Chinese list mark", () => {
    const result = exampleResult({ grade: "insufficient", confidence: 0.225 });
    result.indicators = result.indicators.map((i) =>
      i.id === "debt_ratio" ? { ...i, points: null, value: null } : i
    );
    expect(explainInsufficient(result, "zh-CN")).toBe(
      "资料不足：评分卡仅 22.5% 的权重有数据；缺少：资产负债率、流动比率。"
    );
  });
});
