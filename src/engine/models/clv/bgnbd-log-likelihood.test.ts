import { bgnbdLogLikelihood } from "./bgnbd-log-likelihood";
import { logGamma } from "./log-gamma";

/** Eq. 6 of Fader, Hardie & Lee (2005) for one customer, term by term, with Γ itself. */
function byHand(r: number, alpha: number, a: number, b: number, x: number, tx: number, T: number) {
  const beta = (p: number, q: number) => Math.exp(logGamma(p) + logGamma(q) - logGamma(p + q));
  const common =
    (Math.exp(logGamma(r + x) - logGamma(r)) * alpha ** r * beta(a, b + x)) / beta(a, b);
  const l =
    common * (alpha + T) ** -(r + x) +
    (x > 0
      ? (Math.exp(logGamma(r + x) - logGamma(r)) * alpha ** r * beta(a + 1, b + x - 1)) /
        beta(a, b) /
        (alpha + tx) ** (r + x)
      : 0);
  return Math.log(l);
}

const columns = (rows: number[][]) => ({
  x: Float64Array.from(rows.map((r) => r[0])),
  tx: Float64Array.from(rows.map((r) => r[1])),
  T: Float64Array.from(rows.map((r) => r[2])),
});

describe("bgnbdLogLikelihood", () => {
  const params = { r: 0.2426, alpha: 4.4135, a: 0.7929, b: 2.4258 };

  it("sums eq. 6 of the paper over customers, with and without repeat purchases", () => {
    const rows = [
      [2, 30.43, 38.86],
      [1, 1.71, 38.86],
      [0, 0, 38.86],
      [29, 53.0, 77.5],
      [7, 29.43, 38.86],
    ];
    const expected = rows.reduce(
      (s, [x, tx, T]) => s + byHand(0.2426, 4.4135, 0.7929, 2.4258, x, tx, T),
      0
    );
    expect(bgnbdLogLikelihood(params, columns(rows))).toBeCloseTo(expected, 10);
  });

  it("counts customers who share a history once each", () => {
    const one = bgnbdLogLikelihood(params, columns([[3, 20, 38]]));
    const rows = [
      [3, 20, 38],
      [0, 0, 38],
      [3, 20, 38],
      [0, 0, 38],
      [3, 20, 38],
    ];
    const zero = bgnbdLogLikelihood(params, columns([[0, 0, 38]]));
    expect(bgnbdLogLikelihood(params, columns(rows))).toBeCloseTo(3 * one + 2 * zero, 10);
  });

  it("is NaN for a parameter that is not positive", () => {
    expect(bgnbdLogLikelihood({ ...params, a: 0 }, columns([[1, 1, 2]]))).toBeNaN();
    expect(bgnbdLogLikelihood({ ...params, r: -1 }, columns([[1, 1, 2]]))).toBeNaN();
  });

  it("is 0 for no customers", () => {
    expect(bgnbdLogLikelihood(params, columns([]))).toBe(0);
  });
});
