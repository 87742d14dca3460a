import { gammaGammaLogLikelihood } from "./gamma-gamma-log-likelihood";
import { logGamma } from "./log-gamma";

/**
 * The density of a customer's mean spend m over x purchases (Fader & Hardie, "The Gamma-Gamma model
 * of monetary value", eq. 3) by its integral form: zbar | nu ~ Gamma(px, nu x), nu ~ Gamma(q, v).
 */
function byHand(p: number, q: number, v: number, x: number, m: number): number {
  return (
    logGamma(p * x + q) -
    logGamma(p * x) -
    logGamma(q) +
    Math.log((v ** q * m ** (p * x - 1) * x ** (p * x)) / (v + m * x) ** (p * x + q))
  );
}

describe("gammaGammaLogLikelihood", () => {
  const params = { p: 6.2488, q: 3.7446, v: 15.4477 };

  it("sums the Gamma-Gamma density of each customer's mean spend", () => {
    const x = [1, 2, 2, 5, 1];
    const m = [11.77, 22.35, 39.5, 17.2, 8.1];
    const expected = x.reduce((s, xi, i) => s + byHand(6.2488, 3.7446, 15.4477, xi, m[i]), 0);
    expect(gammaGammaLogLikelihood(params, Float64Array.from(x), Float64Array.from(m))).toBeCloseTo(
      expected,
      9
    );
  });

  it("is NaN for a parameter that is not positive", () => {
    expect(
      gammaGammaLogLikelihood({ ...params, q: 0 }, Float64Array.of(1), Float64Array.of(5))
    ).toBeNaN();
  });
});
