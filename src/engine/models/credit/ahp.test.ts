import { ahpWeights, RANDOM_INDEX } from "./ahp";
import { WeightingError } from "./weighting-error";

const round3 = (xs: number[]): number[] => xs.map((x) => Math.round(x * 1000) / 1000);

describe("ahpWeights", () => {
  it("matches Saaty's published 'which drink is consumed more in the U.S.' example", () => {
    // T. L. Saaty, "Decision making with the analytic hierarchy process", Int. J. Services
    // Sciences 1(1), 2008, pp. 83-98: judgements on coffee, wine, tea, beer, sodas, milk, water;
    // published derived priorities .177 .019 .042 .116 .190 .129 .327. lambda_max 7.1766 and
    // CR 0.0223 (RI 1.32) computed independently with numpy.linalg.eig.
    const drinks = [
      [1, 9, 5, 2, 1, 1, 1 / 2],
      [1 / 9, 1, 1 / 3, 1 / 9, 1 / 9, 1 / 9, 1 / 9],
      [1 / 5, 3, 1, 1 / 3, 1 / 4, 1 / 3, 1 / 9],
      [1 / 2, 9, 3, 1, 1 / 2, 1, 1 / 3],
      [1, 9, 4, 2, 1, 2, 1 / 2],
      [1, 9, 3, 1, 1 / 2, 1, 1 / 3],
      [2, 9, 9, 3, 2, 3, 1],
    ];
    const result = ahpWeights(drinks);
    expect(round3(result.weights)).toEqual([0.177, 0.019, 0.042, 0.116, 0.19, 0.129, 0.327]);
    expect(result.lambdaMax).toBeCloseTo(7.176629, 5);
    expect(result.ri).toBe(1.32);
    expect(result.cr).toBeCloseTo(0.022302, 5);
    expect(result.consistent).toBe(true);
  });

  it("matches a 3 x 3 matrix worked by hand", () => {
    // For a 3 x 3 reciprocal matrix the eigenvector is the normalised row geometric means and
    // lambda_max = 1 + d + 1/d with d = (a12 a23 / a13)^(1/3).
    // Rows [1 3 5], [1/3 1 3], [1/5 1/3 1]: geometric means 15^(1/3) = 2.46621, 1, 15^(-1/3) = 0.40548,
    // sum 3.87169 -> .63699 .25828 .10473; d = 1.8^(1/3) = 1.21644, lambda = 3.03851,
    // CI = 0.019256, CR = 0.019256 / 0.58 = 0.033199.
    const result = ahpWeights([
      [1, 3, 5],
      [1 / 3, 1, 3],
      [1 / 5, 1 / 3, 1],
    ]);
    expect(result.weights.map((w) => Number(w.toFixed(5)))).toEqual([0.63699, 0.25828, 0.10473]);
    expect(result.lambdaMax).toBeCloseTo(3.03851, 5);
    expect(result.ci).toBeCloseTo(0.019256, 6);
    expect(result.cr).toBeCloseTo(0.033199, 6);
  });

  it("gives exact weights and CR 0 for a consistent matrix", () => {
    const result = ahpWeights([
      [1, 2, 4],
      [1 / 2, 1, 2],
      [1 / 4, 1 / 2, 1],
    ]);
    expect(result.weights[0]).toBeCloseTo(4 / 7, 12);
    expect(result.weights[1]).toBeCloseTo(2 / 7, 12);
    expect(result.weights[2]).toBeCloseTo(1 / 7, 12);
    expect(result.lambdaMax).toBeCloseTo(3, 12);
    expect(result.ci).toBe(0);
    expect(result.cr).toBe(0);
  });

  it("flags an inconsistent matrix", () => {
    // d = (2 x 2 / 1)^(1/3) = 1.5874: lambda = 3.21736, CI = 0.10868, CR = 0.18738.
    const result = ahpWeights([
      [1, 2, 1],
      [1 / 2, 1, 2],
      [1, 1 / 2, 1],
    ]);
    expect(result.cr).toBeCloseTo(0.18738, 5);
    expect(result.consistent).toBe(false);
  });

  it("refuses CR equal to the limit (CR >= 0.10 is refused)", () => {
    const matrix = [
      [1, 3, 5],
      [1 / 3, 1, 3],
      [1 / 5, 1 / 3, 1],
    ];
    const cr = ahpWeights(matrix).cr;
    expect(ahpWeights(matrix, cr).consistent).toBe(false);
    expect(ahpWeights(matrix, cr + 1e-9).consistent).toBe(true);
  });

  it("treats 1 x 1 and 2 x 2 matrices as consistent, with RI 0", () => {
    expect(ahpWeights([[1]])).toMatchObject({
      weights: [1],
      ci: 0,
      cr: 0,
      ri: 0,
      consistent: true,
    });
    const two = ahpWeights([
      [1, 3],
      [1 / 3, 1],
    ]);
    expect(two.weights[0]).toBeCloseTo(0.75, 12);
    expect(two.cr).toBe(0);
  });

  it("uses the random index of domain.md §5", () => {
    expect(RANDOM_INDEX).toEqual([0, 0, 0.58, 0.9, 1.12, 1.24, 1.32, 1.41, 1.45, 1.49]);
  });

  it("throws a bilingual WeightingError for an invalid matrix", () => {
    expect(() =>
      ahpWeights([
        [1, 2],
        [2, 1],
      ])
    ).toThrow(WeightingError);
    expect(() =>
      ahpWeights([
        [1, 2],
        [2, 1],
      ])
    ).toThrow("row 1, column 2 (2) and row 2, column 1 (2) must be reciprocals");
  });
});
