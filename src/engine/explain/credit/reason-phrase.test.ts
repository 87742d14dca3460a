import { reasonPhrase } from "./reason-phrase";
import { indicatorResult } from "./test-results";

describe("reasonPhrase", () => {
  it("adds the rounded points out of 100", () => {
    const debt = indicatorResult("debt_ratio", 0.78, 34.6, 6.5);
    expect(reasonPhrase(debt, "en-US")).toBe("debt ratio 78% (35/100)");
    expect(reasonPhrase(debt, "zh-CN")).toBe("资产负债率 78%（35/100）");
  });
});

describe("reasonPhrase for a statistical scorecard's variable", () => {
  it("gives the bin's points on the score's own scale, not out of 100", () => {
    const indicator = {
      id: "age",
      dimension: "statistical",
      name: { "zh-CN": "age", "en-US": "age" },
      unit: "category" as const,
      value: "[-inf,30)",
      categoryName: { "zh-CN": "[-inf,30)", "en-US": "[-inf,30)" },
      points: -17,
      effectiveWeight: 0.5,
      shortfall: 29,
    };
    expect(reasonPhrase(indicator, "en-US")).toBe("age [-inf,30) (-17 points)");
    expect(reasonPhrase(indicator, "zh-CN")).toBe("age [-inf,30)（-17 分）");
  });
});
