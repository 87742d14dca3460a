import { compileScorecard } from "./compile-scorecard";
import { DEFAULT_CREDIT_SETTINGS } from "./credit-settings";
import { noDataDimension } from "./no-data-dimension";

describe("noDataDimension", () => {
  const dimension = compileScorecard(DEFAULT_CREDIT_SETTINGS).dimensions[1];

  it("has no score and no effective weight, and counts the dimension's indicators", () => {
    expect(noDataDimension(dimension)).toEqual({
      id: dimension.id,
      name: dimension.name,
      score: null,
      weight: dimension.weight,
      effectiveWeight: 0,
      indicatorsWithData: 0,
      indicatorCount: dimension.indicators.length,
    });
  });

  it("is frozen, so sharing it between customers is safe", () => {
    expect(Object.isFrozen(noDataDimension(dimension))).toBe(true);
  });
});
