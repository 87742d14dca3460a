import { settingLabel } from "./setting-label";

describe("settingLabel", () => {
  it("names a setting in both languages, the grade kept as written", () => {
    expect(settingLabel("credit.policy.AAA.limitMultiplier")).toEqual({
      "zh-CN": "信用政策 › AAA › 额度倍数",
      "en-US": "credit policy › AAA › limit multiplier",
    });
  });

  it("reads list positions from 1", () => {
    expect(settingLabel("credit.custom.dimensions[1].indicators[0]")["en-US"]).toBe(
      "custom scorecard › dimension 2 › indicator 1"
    );
    expect(settingLabel("credit.altman.mixCurve[2].value")["zh-CN"]).toBe(
      "Altman Z'' › 混入评分曲线 3 › 取值"
    );
  });

  it("shows a part it has no words for as written", () => {
    expect(settingLabel("tiers.mix.topShare")["en-US"]).toBe("tiers › mix › topShare");
  });
});
