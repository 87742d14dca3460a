import { DEFAULT_CREDIT_SETTINGS } from "./credit-settings";
import { ScorecardError } from "./scorecard-issue";
import { scoringPlan } from "./scoring-plan";

describe("scoringPlan", () => {
  const plan = scoringPlan(DEFAULT_CREDIT_SETTINGS);

  it("sums the dimension weights once", () => {
    const sum = DEFAULT_CREDIT_SETTINGS.scorecard5C.dimensions.reduce((s, d) => s + d.weight, 0);
    expect(plan.totalWeight).toBe(sum);
  });

  it("has a shared no-data result for every indicator and dimension, in scorecard order", () => {
    plan.scorecard.dimensions.forEach((d, k) => {
      expect(plan.noDataDimensions[k].id).toBe(d.id);
      expect(plan.noDataIndicators[k].map((i) => i.id)).toEqual(
        d.indicators.map((i) => i.setting.id)
      );
    });
  });

  it("counts the indicators over all dimensions", () => {
    expect(plan.indicatorCount).toBe(12);
  });

  it("throws a ScorecardError for an invalid scorecard", () => {
    const bad = {
      ...DEFAULT_CREDIT_SETTINGS,
      method: "custom" as const,
      custom: { id: "x", name: { "zh-CN": "x", "en-US": "x" }, dimensions: [] },
    };
    expect(() => scoringPlan(bad)).toThrow(ScorecardError);
  });
});
