import { basePoints, binPoints, DEFAULT_POINTS_SCALE, pointsFactors } from "./points";

describe("points", () => {
  it("has the factors data/README.md gives for 600 points at odds 1:19, PDO 50", () => {
    const { a, b } = pointsFactors(DEFAULT_POINTS_SCALE);
    expect(b).toBeCloseTo(72.1348, 4);
    expect(a).toBeCloseTo(387.6036, 4);
  });

  it("gives base points a - b x intercept, unrounded", () => {
    // -b x (-1) = 72.1348...; 387.6036 + 72.1348 = 459.7384.
    expect(basePoints(-1, DEFAULT_POINTS_SCALE)).toBeCloseTo(459.7384, 4);
    // At the intercept ln(1/19) the base is points0 itself.
    expect(basePoints(Math.log(1 / 19), DEFAULT_POINTS_SCALE)).toBeCloseTo(600, 10);
  });

  it("gives bin points round(-b x coefficient x WOE)", () => {
    // -72.1348 x 0.8 x 0.5 = -28.854 -> -29; a negative WOE earns points.
    expect(binPoints(0.8, 0.5, DEFAULT_POINTS_SCALE)).toBe(-29);
    expect(binPoints(0.8, -0.5, DEFAULT_POINTS_SCALE)).toBe(29);
    expect(Object.is(binPoints(0.8, 0, DEFAULT_POINTS_SCALE), 0)).toBe(true);
  });
});
