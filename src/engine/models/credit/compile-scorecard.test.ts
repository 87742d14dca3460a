import { compileScorecard } from "./compile-scorecard";
import { DEFAULT_CREDIT_SETTINGS } from "./credit-settings";
import { ScorecardError } from "./scorecard-issue";

describe("compileScorecard", () => {
  it("parses each curve indicator's expression once; category indicators have none", () => {
    const compiled = compileScorecard(DEFAULT_CREDIT_SETTINGS);
    const all = compiled.dimensions.flatMap((d) => d.indicators);
    expect(all).toHaveLength(12);
    expect(all.find((i) => i.setting.id === "debt_ratio")?.tree).toMatchObject({
      kind: "binary",
      op: "/",
    });
    expect(all.find((i) => i.setting.id === "industry_risk")?.tree).toBeNull();
  });

  it("throws every issue, from the preset and from the scorecard, at once", () => {
    const broken = structuredClone(DEFAULT_CREDIT_SETTINGS);
    broken.method = "5P";
    broken.preset5P.dimensions[0].weight = -1;
    broken.preset5P.dimensions[1].indicatorIds.push("nope");
    try {
      compileScorecard(broken);
      throw new Error("no error");
    } catch (e) {
      expect(e).toBeInstanceOf(ScorecardError);
      const error = e as ScorecardError;
      expect(error.issues.map((i) => i.path)).toEqual([
        "preset5P.dimensions[1].indicatorIds[2]",
        "dimensions[0].weight",
      ]);
      expect(error.message).toContain("'nope'");
    }
  });
});
