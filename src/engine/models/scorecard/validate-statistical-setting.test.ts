import { validateStatisticalSetting } from "./validate-statistical-setting";

const valid = {
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

describe("validateStatisticalSetting", () => {
  it("accepts what fit scorecard writes", () => {
    expect(validateStatisticalSetting(valid)).toEqual([]);
  });

  it("names each problem's path in both languages", () => {
    const broken = JSON.parse(JSON.stringify(valid));
    broken.variables[0].bins[1].points = "12";
    broken.variables[0].bins[0].upper = -5;
    broken.variables[0].bins[0].lower = 10;
    broken.gradeMinimums.AA = 600;
    const issues = validateStatisticalSetting(broken);
    expect(issues.map((i) => i.path)).toEqual([
      "gradeMinimums",
      "variables[0].bins[0]",
      "variables[0].bins[1].points",
    ]);
    expect(issues[2].message).toEqual({
      "zh-CN": "应为有限数字",
      "en-US": "should be a finite number",
    });
  });

  it("refuses something else entirely", () => {
    expect(validateStatisticalSetting([1, 2])[0].path).toBe("");
    expect(validateStatisticalSetting({ ...valid, variables: [] }).map((i) => i.path)).toEqual([
      "variables",
    ]);
  });
});
