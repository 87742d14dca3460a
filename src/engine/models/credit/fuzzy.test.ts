import { DEFAULT_CREDIT_SETTINGS } from "./credit-settings";
import { fuzzyEvaluate } from "./fuzzy";
import { scoreCredit } from "./scorecard";
import { day, fullCustomer } from "./test-customers";

const grades = DEFAULT_CREDIT_SETTINGS.fuzzyGrades;
const vector = (r: ReturnType<typeof fuzzyEvaluate>) =>
  r?.memberships.map((m) => Number(m.membership.toFixed(6)));

describe("fuzzyEvaluate", () => {
  it("computes B = A . R by the weighted average, worked by hand", () => {
    // A = (.5, .3, .2); points 90 -> (.5 .5 0 0), 70 -> (0 .5 .5 0), 30 -> (0 0 0 1)
    // B = (.25, .25 + .15, .15, .2) = (.25, .40, .15, .20): 良 wins.
    const result = fuzzyEvaluate(
      [
        { points: 90, weight: 0.5 },
        { points: 70, weight: 0.3 },
        { points: 30, weight: 0.2 },
      ],
      grades
    );
    expect(vector(result)).toEqual([0.25, 0.4, 0.15, 0.2]);
    expect(result?.grade).toBe("良");
    expect(result?.memberships.map((m) => m.grade)).toEqual(["优", "良", "中", "差"]);
  });

  it("normalises the weights over the indicators with data", () => {
    // Weights 2 and 6 -> .25 and .75; points 100 -> 优, 50 -> 中 .5 差 .5: B = (.25, 0, .375, .375)
    const result = fuzzyEvaluate(
      [
        { points: 100, weight: 2 },
        { points: null, weight: 5 },
        { points: 50, weight: 6 },
      ],
      grades
    );
    expect(vector(result)).toEqual([0.25, 0, 0.375, 0.375]);
    expect(result?.grade).toBe("差");
  });

  it("gives a tie to the worse grade", () => {
    expect(fuzzyEvaluate([{ points: 90, weight: 1 }], grades)?.grade).toBe("良");
  });

  it("gives nothing without data", () => {
    expect(fuzzyEvaluate([{ points: null, weight: 1 }], grades)).toBeNull();
    expect(fuzzyEvaluate([], grades)).toBeNull();
    expect(fuzzyEvaluate([{ points: 80, weight: 0 }], grades)).toBeNull();
  });

  it("evaluates a scored customer with the scorecard's effective weights", () => {
    const asOf = day("2024-12-31");
    const credit = scoreCredit(fullCustomer(asOf), asOf, DEFAULT_CREDIT_SETTINGS);
    const result = fuzzyEvaluate(
      credit.indicators.map((i) => ({ points: i.points, weight: i.effectiveWeight })),
      grades
    );
    const b = result?.memberships.map((m) => m.membership) ?? [];
    expect(b.reduce((x, y) => x + y, 0)).toBeCloseTo(1, 12);
    // The membership-weighted peak equals the score, since memberships interpolate linearly
    // between peaks and every indicator scores 40 or more.
    expect(b[0] * 100 + b[1] * 80 + b[2] * 60 + b[3] * 40).toBeCloseTo(credit.score ?? NaN, 9);
  });
});
