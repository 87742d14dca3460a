import { gammaGammaExpectedSpend } from "./gamma-gamma-expected-spend";

describe("gammaGammaExpectedSpend", () => {
  const params = { p: 6, q: 4, v: 15 };
  // Population mean v p / (q - 1) = 30.

  it("is the population mean without repeat purchases or a known spend", () => {
    expect(gammaGammaExpectedSpend(params, 0, 0)).toBe(30);
    expect(gammaGammaExpectedSpend(params, 3, NaN)).toBe(30);
  });

  it("moves towards the customer's own mean as x grows: weight px / (px + q - 1)", () => {
    // x = 1: weight 6/9; 1/3 * 30 + 2/3 * 60 = 50.
    expect(gammaGammaExpectedSpend(params, 1, 60)).toBeCloseTo(50, 12);
    // x = 10: weight 60/63.
    expect(gammaGammaExpectedSpend(params, 10, 60)).toBeCloseTo((3 / 63) * 30 + (60 / 63) * 60, 12);
  });
});
