import { customScorecardShape } from "./custom-scorecard-shape";
import { DEFAULT_CREDIT_SETTINGS } from "./models/credit/credit-settings";

describe("customScorecardShape", () => {
  it("accepts no custom scorecard, and the 5C scorecard as one", () => {
    expect(customScorecardShape(null)).toEqual([]);
    expect(customScorecardShape(DEFAULT_CREDIT_SETTINGS.scorecard5C)).toEqual([]);
  });

  it("names each missing part of an empty object in both languages", () => {
    const issues = customScorecardShape({});
    expect(issues.map((i) => i.path)).toEqual([
      "credit.custom.id",
      "credit.custom.name",
      "credit.custom.dimensions",
    ]);
    expect(issues[2].message["en-US"]).toBe(
      "'custom scorecard › dimension' must be a list, not undefined"
    );
    expect(issues[2].message["zh-CN"]).toContain("自定义评分卡 › 维度");
  });

  it("refuses a dimension without indicators", () => {
    const name = { "zh-CN": "甲", "en-US": "A" };
    const issues = customScorecardShape({
      id: "x",
      name,
      dimensions: [{ id: "d", name, weight: 1, indicators: [] }],
    });
    expect(issues).toHaveLength(1);
    expect(issues[0].path).toBe("credit.custom.dimensions[0].indicators");
    expect(issues[0].message["en-US"]).toBe(
      "'custom scorecard › dimension 1 › indicator' needs at least one indicator, not []"
    );
    expect(issues[0].message["zh-CN"]).toContain("至少需要一个指标");
  });

  it("refuses an indicator of unknown kind or a curve point that is not a number", () => {
    const name = { "zh-CN": "甲", "en-US": "A" };
    const issues = customScorecardShape({
      id: "x",
      name,
      dimensions: [
        {
          id: "d",
          name,
          weight: 1,
          indicators: [
            { id: "i", name, kind: "magic" },
            {
              id: "j",
              name,
              kind: "curve",
              expression: "orders",
              curve: [{ value: "1", points: 5 }],
              unit: "count",
            },
          ],
        },
      ],
    });
    expect(issues.map((i) => i.path)).toEqual([
      "credit.custom.dimensions[0].indicators[0].kind",
      "credit.custom.dimensions[0].indicators[1].curve[0].value",
    ]);
  });
});
