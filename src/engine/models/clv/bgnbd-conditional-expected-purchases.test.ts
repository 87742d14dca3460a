import { bgnbdConditionalExpectedPurchases } from "./bgnbd-conditional-expected-purchases";

const params = { r: 0.2426, alpha: 4.4135, a: 0.7929, b: 2.4258 };

describe("bgnbdConditionalExpectedPurchases", () => {
  // Eq. 10 with the direct 2F1(r+x, b+x; a+b+x-1; z), by mpmath at 40 digits.
  it.each([
    [39, 2, 30.43, 38.86, 1.225911199899223],
    [52, 0, 0, 10, 0.6254894322357248],
    [52, 50, 60, 70, 1.2466552162266551],
    [1, 1, 1, 1, 0.1666831071778849],
  ])("t = %p, x = %p, t_x = %p, T = %p gives %p", (t, x, tx, T, expected) => {
    expect(bgnbdConditionalExpectedPurchases(params, t, x, tx, T)).toBeCloseTo(expected, 12);
  });

  it("stays finite for 300 repeat purchases, where the direct 2F1 is about 1e+300", () => {
    const value = bgnbdConditionalExpectedPurchases(params, 200, 300, 77, 78);
    expect(Math.abs(value - 382.8387613335796) / 382.8387613).toBeLessThan(1e-11);
  });

  it("is 0 over no time and grows with t", () => {
    expect(bgnbdConditionalExpectedPurchases(params, 0, 2, 30.43, 38.86)).toBe(0);
    const a = bgnbdConditionalExpectedPurchases(params, 10, 2, 30.43, 38.86);
    const b = bgnbdConditionalExpectedPurchases(params, 20, 2, 30.43, 38.86);
    expect(b).toBeGreaterThan(a);
  });
});
