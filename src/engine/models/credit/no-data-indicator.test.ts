import { DEFAULT_CREDIT_SETTINGS } from "./credit-settings";
import { noDataIndicator } from "./no-data-indicator";

describe("noDataIndicator", () => {
  const setting = DEFAULT_CREDIT_SETTINGS.scorecard5C.dimensions[0].indicators[0];

  it("has no value, no points, no weight and no shortfall", () => {
    expect(noDataIndicator("character", setting)).toEqual({
      id: setting.id,
      dimension: "character",
      name: setting.name,
      unit: setting.unit,
      value: null,
      points: null,
      effectiveWeight: 0,
      shortfall: null,
    });
  });

  it("is frozen, so sharing it between customers is safe", () => {
    expect(Object.isFrozen(noDataIndicator("character", setting))).toBe(true);
  });
});
