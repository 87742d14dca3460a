import { reasonPhrase } from "./reason-phrase";
import { indicatorResult } from "./test-results";

describe("reasonPhrase", () => {
  it("adds the rounded points out of 100", () => {
    const debt = indicatorResult("debt_ratio", 0.78, 34.6, 6.5);
    expect(reasonPhrase(debt, "en-US")).toBe("debt ratio 78% (35/100)");
    expect(reasonPhrase(debt, "zh-CN")).toBe("资产负债率 78%（35/100）");
  });
});
