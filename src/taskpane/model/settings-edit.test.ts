import { DEFAULT_SETTINGS, parseSettings } from "../../engine/settings";
import { THRESHOLDS, thresholdValue, withDimensionWeights, withThreshold } from "./settings-edit";

describe("settings edits", () => {
  it("reads and changes each threshold alone, leaving the defaults untouched", () => {
    for (const path of THRESHOLDS) {
      const before = thresholdValue(DEFAULT_SETTINGS, path);
      const changed = withThreshold(DEFAULT_SETTINGS, path, before + 0.01);
      expect(thresholdValue(changed, path)).toBeCloseTo(before + 0.01);
      for (const other of THRESHOLDS.filter((p) => p !== path)) {
        expect(thresholdValue(changed, other)).toBe(thresholdValue(DEFAULT_SETTINGS, other));
      }
      expect(thresholdValue(DEFAULT_SETTINGS, path)).toBe(before);
    }
  });

  it("leaves the judging to parseSettings: A above B is refused", () => {
    const bad = withThreshold(DEFAULT_SETTINGS, "tiers.abc.aShare", 0.97);
    expect(parseSettings(bad).issues.map((i) => i.path)).toContain("tiers.abc");
  });

  it("replaces the 5C weights in order, and refuses a wrong count", () => {
    const s = withDimensionWeights(DEFAULT_SETTINGS, [1, 2, 3, 4, 5]);
    expect(s.credit.scorecard5C.dimensions.map((d) => d.weight)).toEqual([1, 2, 3, 4, 5]);
    expect(parseSettings(s).issues).toEqual([]);
    expect(() => withDimensionWeights(DEFAULT_SETTINGS, [1])).toThrow();
  });
});
