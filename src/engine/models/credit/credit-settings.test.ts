import { DEFAULT_CREDIT_SETTINGS } from "./credit-settings";
import { validateScorecard } from "./validate-scorecard";

describe("DEFAULT_CREDIT_SETTINGS", () => {
  const s = DEFAULT_CREDIT_SETTINGS;

  it("is plain data that survives JSON (settings are stored as JSON in the workbook)", () => {
    expect(JSON.parse(JSON.stringify(s))).toEqual(s);
  });

  it("holds the 5C scorecard of domain.md §5 with weights 30/25/20/15/10 and 12 indicators", () => {
    expect(s.method).toBe("5C");
    expect(s.scorecard5C.dimensions.map((d) => [d.id, d.weight, d.indicators.length])).toEqual([
      ["character", 30, 4],
      ["capacity", 25, 3],
      ["capital", 20, 2],
      ["collateral", 15, 1],
      ["conditions", 10, 2],
    ]);
    expect(validateScorecard(s.scorecard5C)).toEqual([]);
  });

  it("has every indicator named in both languages", () => {
    for (const d of s.scorecard5C.dimensions) {
      for (const i of d.indicators) {
        expect(i.name["zh-CN"]).not.toBe("");
        expect(i.name["en-US"]).not.toBe("");
      }
    }
  });

  it("holds the grades, lights, policy and limits of §5 and §8", () => {
    expect(s.gradeMinimums).toEqual({ AAA: 90, AA: 80, A: 70, BBB: 60, BB: 50, B: 40 });
    expect(Object.values(s.policy).map((p) => p.limitMultiplier)).toEqual([
      3, 2.5, 2, 1.5, 1, 0.5, 0,
    ]);
    expect(Object.values(s.policy).map((p) => p.terms)).toEqual([
      90,
      60,
      45,
      30,
      15,
      "COD",
      "prepayment",
    ]);
    expect(Object.values(s.lights)).toEqual([
      "green",
      "green",
      "green",
      "amber",
      "amber",
      "red",
      "red",
    ]);
    expect(s.minConfidence).toBe(0.5);
    expect(s.minMonthsForAverageSales).toBe(1);
    expect(s.reasonCount).toBe(3);
    expect(s.altman).toMatchObject({
      coefficients: { x1: 6.56, x2: 3.26, x3: 6.72, x4: 1.05 },
      distressBelow: 1.1,
      safeAbove: 2.6,
      mixIn: false,
    });
    expect(s.fuzzyGrades.map((g) => [g.id, g.peak])).toEqual([
      ["优", 100],
      ["良", 80],
      ["中", 60],
      ["差", 40],
    ]);
  });

  it("regroups every 5C indicator exactly once in the 5P preset, weights summing to 100", () => {
    const ids = s.scorecard5C.dimensions.flatMap((d) => d.indicators.map((i) => i.id)).sort();
    expect(s.preset5P.dimensions.flatMap((d) => d.indicatorIds).sort()).toEqual(ids);
    expect(s.preset5P.dimensions.reduce((sum, d) => sum + d.weight, 0)).toBe(100);
  });
});
