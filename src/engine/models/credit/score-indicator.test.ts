import type { CompiledIndicator } from "./compile-scorecard";
import { DEFAULT_CREDIT_SETTINGS } from "./credit-settings";
import type { CategoryIndicatorSetting } from "./credit-settings";
import { parseExpression } from "./expression/parse-expression";
import { scoreIndicator } from "./score-indicator";

const curve: CompiledIndicator = {
  setting: {
    id: "r",
    name: { "zh-CN": "r", "en-US": "r" },
    kind: "curve",
    expression: "a / b",
    curve: [
      { value: 0, points: 0 },
      { value: 2, points: 100 },
    ],
    unit: "ratio",
  },
  tree: parseExpression("a / b"),
};
const risk = DEFAULT_CREDIT_SETTINGS.scorecard5C.dimensions[4]
  .indicators[0] as CategoryIndicatorSetting;
const category: CompiledIndicator = { setting: risk, tree: null };

describe("scoreIndicator", () => {
  it("evaluates a curve indicator and reads its curve", () => {
    expect(scoreIndicator(curve, { a: 1, b: 2 }, {})).toEqual({ value: 0.5, points: 25 });
  });

  it("gives no data when the expression gives none", () => {
    expect(scoreIndicator(curve, { a: 1, b: 0 }, {})).toEqual({ value: null, points: null });
  });

  it("matches a category by any of its values, ignoring case and spaces, and gives the canonical value", () => {
    expect(scoreIndicator(category, {}, { industry_risk: "中" })).toEqual({
      value: "中",
      points: 60,
      categoryName: { "zh-CN": "中", "en-US": "medium" },
    });
    expect(scoreIndicator(category, {}, { industry_risk: " LOW" })).toMatchObject({
      value: "低",
      points: 100,
    });
  });

  it("gives no data for an empty or unknown category", () => {
    expect(scoreIndicator(category, {}, { industry_risk: null })).toEqual({
      value: null,
      points: null,
    });
    expect(scoreIndicator(category, {}, { industry_risk: "  " })).toEqual({
      value: null,
      points: null,
    });
    expect(scoreIndicator(category, {}, { industry_risk: "extreme" })).toEqual({
      value: null,
      points: null,
    });
  });
});
