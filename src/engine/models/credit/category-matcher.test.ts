import { categoryMatcher } from "./category-matcher";
import { DEFAULT_CREDIT_SETTINGS } from "./credit-settings";
import type { CategoryIndicatorSetting } from "./credit-settings";
import { blankCustomer } from "./test-customers";

const risk = DEFAULT_CREDIT_SETTINGS.scorecard5C.dimensions[4]
  .indicators[0] as CategoryIndicatorSetting;
const withRisk = (industry_risk: string | null) => ({ ...blankCustomer("c1"), industry_risk });

describe("categoryMatcher", () => {
  const match = categoryMatcher(risk);

  it("matches a category by any of its values, ignoring case and spaces", () => {
    expect(match(withRisk("中"))).toEqual({
      values: expect.arrayContaining(["中"]),
      name: { "zh-CN": "中", "en-US": "medium" },
      points: 60,
    });
    expect(match(withRisk(" LOW"))).toMatchObject({ values: ["低", "low"], points: 100 });
  });

  it("gives no data for an empty or unknown category", () => {
    expect(match(withRisk(null))).toBeUndefined();
    expect(match(withRisk("  "))).toBeUndefined();
    expect(match(withRisk("extreme"))).toBeUndefined();
  });

  it("gives the first category when two share a value", () => {
    const twice = categoryMatcher({
      ...risk,
      categories: [
        { values: ["x"], name: { "zh-CN": "甲", "en-US": "first" }, points: 10 },
        { values: [" X "], name: { "zh-CN": "乙", "en-US": "second" }, points: 20 },
      ],
    });
    expect(twice(withRisk("x"))?.points).toBe(10);
  });
});
