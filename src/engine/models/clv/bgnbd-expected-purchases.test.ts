import { bgnbdExpectedPurchases } from "./bgnbd-expected-purchases";

const params = { r: 0.2426, alpha: 4.4135, a: 0.7929, b: 2.4258 };

describe("bgnbdExpectedPurchases", () => {
  // Eq. 9 by mpmath at 30 digits, at the rounded CDNOW parameters.
  it.each([
    [0.1429, 0.007816356037092914],
    [3, 0.1506372556631716],
    [78, 1.858021758644149],
  ])("E[X(%p)] = %p", (t, expected) => {
    expect(bgnbdExpectedPurchases(params, t)).toBeCloseTo(expected, 13);
  });

  it("is 0 at t = 0", () => {
    expect(bgnbdExpectedPurchases(params, 0)).toBe(0);
  });

  it("with a > 1 matches eq. 9 too, where (a+b-1)/(a-1) is positive", () => {
    const p = { r: 1, alpha: 1, a: 2, b: 1 };
    // r = 1, alpha = 1, a = 2, b = 1: 2F1(1, 1; 2; z) = -ln(1-z)/z, z = t/(1+t); so
    // E = 2 (1 - ln(1+t)/t).
    expect(bgnbdExpectedPurchases(p, 3)).toBeCloseTo(2 * (1 - Math.log(4) / 3), 12);
  });
});
