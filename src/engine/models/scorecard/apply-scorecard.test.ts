import { applyScorecard, binOf } from "./apply-scorecard";
import type {
  StatisticalScorecardSetting,
  StatisticalVariableSetting,
} from "./statistical-setting";

const age: StatisticalVariableSetting = {
  name: "age",
  kind: "numeric",
  coefficient: 1,
  bins: [
    {
      label: "[-inf,30)",
      lower: null,
      upper: 30,
      categories: [],
      missing: false,
      woe: 0.4,
      points: -20,
    },
    {
      label: "[30,inf)",
      lower: 30,
      upper: null,
      categories: [],
      missing: false,
      woe: -0.3,
      points: 15,
    },
    {
      label: "missing",
      lower: null,
      upper: null,
      categories: [],
      missing: true,
      woe: 0.1,
      points: -5,
    },
  ],
};
const housing: StatisticalVariableSetting = {
  name: "housing",
  kind: "categorical",
  coefficient: 1,
  bins: [
    {
      label: "own",
      lower: null,
      upper: null,
      categories: ["own"],
      missing: false,
      woe: -0.2,
      points: 10,
    },
    {
      label: "rent | free",
      lower: null,
      upper: null,
      categories: ["rent", "free"],
      missing: false,
      woe: 0.3,
      points: -12,
    },
  ],
};

describe("binOf", () => {
  it("finds [lower, upper), the missing bin, and the category's bin", () => {
    expect(binOf(age, 29.9)).toBe(0);
    expect(binOf(age, 30)).toBe(1);
    expect(binOf(age, "45")).toBe(1);
    expect(binOf(age, null)).toBe(2);
    expect(binOf(age, "n/a")).toBe(-1);
    expect(binOf(housing, " free ")).toBe(1);
    expect(binOf(housing, "boat")).toBe(-1);
    expect(binOf(housing, null)).toBe(-1);
  });
});

describe("applyScorecard", () => {
  it("adds the bins' points to the base points", () => {
    const scorecard: StatisticalScorecardSetting = {
      target: "bad",
      intercept: -1,
      basePoints: 459.7384,
      scale: { points0: 600, odds0: 1 / 19, pdo: 50 },
      variables: [age, housing],
      gradeMinimums: { AAA: 500, AA: 480, A: 460, BBB: 440, BB: 420, B: 400 },
    };
    const row: Record<string, string | number> = { age: 41, housing: "rent" };
    const applied = applyScorecard(scorecard, (name) => row[name]);
    expect(applied.score).toBeCloseTo(459.7384 + 15 - 12, 10);
    expect(applied.parts).toEqual([
      { bin: 1, points: 15 },
      { bin: 1, points: -12 },
    ]);
  });
});
