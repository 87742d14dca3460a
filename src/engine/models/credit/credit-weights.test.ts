import { resolveCreditWeights, weighScorecard } from "./credit-weights";
import { DEFAULT_CREDIT_SETTINGS } from "./credit-settings";

const ids = ["a", "b", "c"];

describe("resolveCreditWeights", () => {
  it("takes AHP weights from a consistent matrix", () => {
    // Rows [1 3 5], [1/3 1 3], [1/5 1/3 1]: weights .63699 .25828 .10473, CR 0.033 (ahp.test.ts).
    const { weights, issues } = resolveCreditWeights(ids, {
      ahp: [
        [1, 3, 5],
        [1 / 3, 1, 3],
        [1 / 5, 1 / 3, 1],
      ],
    });
    expect(issues).toEqual([]);
    expect(weights!.map((w) => Number(w.toFixed(5)))).toEqual([0.63699, 0.25828, 0.10473]);
  });

  it("refuses a matrix at CR >= 0.10, naming its CR", () => {
    // a > b (9), b > c (9), but c > a (9): CR far above 0.10.
    const { weights, issues } = resolveCreditWeights(ids, {
      ahp: [
        [1, 9, 1 / 9],
        [1 / 9, 1, 9],
        [9, 1 / 9, 1],
      ],
    });
    expect(weights).toBeNull();
    expect(issues[0].path).toBe("weights.ahp");
    expect(issues[0].message["en-US"]).toMatch(/CR = \d+\.\d{3}, which must be below 0\.10/);
    expect(issues[0].message["zh-CN"]).toMatch(/CR = \d+\.\d{3}，须小于 0\.10/);
  });

  it("names the dimensions a matrix of the wrong size must rank", () => {
    const { issues } = resolveCreditWeights(ids, {
      ahp: [
        [1, 2],
        [0.5, 1],
      ],
    });
    expect(issues[0].message["en-US"]).toBe("should rank the 3 dimensions (a, b, c), not 2");
  });

  it("turns expert rankings into rank-sum weights", () => {
    // Ranks averaged: a (1+2)/2 = 1.5, b (2+1)/2 = 1.5, c 3 -> scores 2.5, 2.5, 1 over 6.
    const { weights } = resolveCreditWeights(ids, {
      expertRanks: [
        [1, 2, 3],
        [2, 1, 3],
      ],
    });
    expect(weights).toEqual([2.5 / 6, 2.5 / 6, 1 / 6]);
    const bad = resolveCreditWeights(ids, { expertRanks: [[1, 2, 4]] });
    expect(bad.issues[0].message["en-US"]).toBe("expert 1 ranks criterion 3 as 4, outside 1..3");
  });

  it("takes explicit weights by dimension id, normalised", () => {
    expect(resolveCreditWeights(ids, { a: 2, b: 1, c: 1 }).weights).toEqual([0.5, 0.25, 0.25]);
    const { issues } = resolveCreditWeights(ids, { a: 2, b: -1, z: 1 });
    expect(issues.map((i) => i.path)).toEqual(["weights.b", "weights.z", "weights"]);
    expect(issues[2].message["en-US"]).toBe("gives no weight for c");
  });
});

describe("weighScorecard", () => {
  it("replaces the dimensions' weights, as percentages", () => {
    const five = { character: 1, capacity: 1, capital: 1, collateral: 1, conditions: 1 };
    const { scorecard } = weighScorecard(DEFAULT_CREDIT_SETTINGS.scorecard5C, five);
    expect(scorecard.dimensions.map((d) => d.weight)).toEqual([20, 20, 20, 20, 20]);
    expect(weighScorecard(DEFAULT_CREDIT_SETTINGS.scorecard5C, null).scorecard).toBe(
      DEFAULT_CREDIT_SETTINGS.scorecard5C
    );
  });
});
