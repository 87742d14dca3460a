import { parseSettings } from "./settings";

const statistical = {
  target: "bad",
  intercept: -1,
  basePoints: 459.7,
  scale: { points0: 600, odds0: 1 / 19, pdo: 50 },
  gradeMinimums: { AAA: 520, AA: 500, A: 480, BBB: 460, BB: 440, B: 420 },
  variables: [
    {
      name: "age",
      kind: "numeric",
      coefficient: 0.8,
      bins: [
        {
          label: "[-inf,30)",
          lower: null,
          upper: 30,
          categories: [],
          missing: false,
          woe: 0.3,
          points: -17,
        },
        {
          label: "[30,inf)",
          lower: 30,
          upper: null,
          categories: [],
          missing: false,
          woe: -0.2,
          points: 12,
        },
      ],
    },
  ],
};

describe("parseSettings: credit.statistical", () => {
  it('accepts method "statistical" with a fitted scorecard', () => {
    const result = parseSettings({ credit: { method: "statistical", statistical } });
    expect(result.issues).toEqual([]);
    expect(result.settings?.credit.statistical?.variables[0].name).toBe("age");
  });

  it('refuses method "statistical" without one', () => {
    const result = parseSettings({ credit: { method: "statistical" } });
    expect(result.issues.map((i) => i.path)).toEqual(["credit.statistical"]);
    expect(result.issues[0].message["zh-CN"]).toContain("tiersheet fit scorecard");
  });

  it("names a broken bin by its full path", () => {
    const broken = JSON.parse(JSON.stringify(statistical));
    broken.variables[0].bins[0].woe = null;
    const result = parseSettings({ credit: { method: "statistical", statistical: broken } });
    expect(result.issues.map((i) => i.path)).toEqual([
      "credit.statistical.variables[0].bins[0].woe",
    ]);
  });

  it('accepts method "fuzzy"', () => {
    expect(parseSettings({ credit: { method: "fuzzy" } }).issues).toEqual([]);
  });
});
