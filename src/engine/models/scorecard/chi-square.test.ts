import { pairChiSquare } from "./chi-square";

describe("pairChiSquare", () => {
  it("matches a 2 x 2 table worked by hand", () => {
    // Bins (goods, bads) = (10, 5) and (5, 10): n = 30, every expected count is 7.5, every
    // (O - E)^2 / E = 2.5^2 / 7.5 = 0.8333..., so chi-square = 3.3333...
    expect(pairChiSquare(10, 5, 5, 10)).toBeCloseTo(10 / 3, 12);
  });

  it("is 0 for identical bad rates", () => {
    expect(pairChiSquare(8, 2, 4, 1)).toBeCloseTo(0, 12);
  });

  it("counts a table with a zero row or column total as 0", () => {
    expect(pairChiSquare(0, 0, 4, 1)).toBe(0);
    expect(pairChiSquare(3, 0, 4, 0)).toBe(0);
    expect(pairChiSquare(0, 3, 0, 4)).toBe(0);
  });
});
