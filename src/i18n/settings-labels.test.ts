import { settingLabel } from "./settings-labels";

describe("settingLabel", () => {
  it("names a setting by its label in either language", () => {
    expect(settingLabel("tiers.abc.aShare", "en-US")).toBe("A up to cumulative share");
    expect(settingLabel("tiers.abc.aShare", "zh-CN")).toBe("A 类累计比例上限");
  });

  it("names the churn rule and its P(alive) threshold as the Settings view does", () => {
    expect(settingLabel("tiers.churnAlert.rule", "en-US")).toBe("Churn alert rule");
    expect(settingLabel("tiers.churnAlert.pAliveBelow", "zh-CN")).toBe("存活概率低于此值时预警");
  });

  it("falls back to the path in words, and to JSON for the text as a whole", () => {
    expect(settingLabel("credit.custom.dimensions[0].weight", "en-US")).toBe(
      "custom scorecard › dimension 1 › weight"
    );
    expect(settingLabel("", "en-US")).toBe("JSON");
  });
});
