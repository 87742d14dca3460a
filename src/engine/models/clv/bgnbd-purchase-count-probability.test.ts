import { bgnbdExpectedPurchases } from "./bgnbd-expected-purchases";
import { bgnbdPurchaseCountProbabilities } from "./bgnbd-purchase-count-probability";

const PARAMS = { r: 0.2426, alpha: 4.4135, a: 0.7929, b: 2.4258 };

describe("bgnbdPurchaseCountProbabilities", () => {
  it("is a distribution: the probabilities add up to 1", () => {
    const p = bgnbdPurchaseCountProbabilities(PARAMS, 38, 400, new Float64Array(400));
    expect(p.every((x) => x >= 0)).toBe(true);
    expect(p.reduce((s, x) => s + x, 0)).toBeCloseTo(1, 10);
  });

  it("has the mean E[X(t)] of the model's own formula (eq. 9)", () => {
    for (const t of [1, 10, 38, 78]) {
      const p = bgnbdPurchaseCountProbabilities(PARAMS, t, 2000, new Float64Array(2000));
      const mean = p.reduce((s, x, n) => s + n * x, 0);
      expect(mean).toBeCloseTo(bgnbdExpectedPurchases(PARAMS, t), 6);
    }
  });

  it("matches eq. 8 written with gamma functions at n = 0 and n = 2", () => {
    // P(X(t) = 0) = (α/(α+t))^r (nobody buys); at n = 2 the two terms of eq. 8 by hand.
    const t = 20;
    const { r, alpha, a, b } = PARAMS;
    const u = alpha / (alpha + t);
    const v = t / (alpha + t);
    const p = bgnbdPurchaseCountProbabilities(PARAMS, t, 3, new Float64Array(3));
    expect(p[0]).toBeCloseTo(u ** r, 12);
    const nb = [u ** r, r * u ** r * v, ((r * (r + 1)) / 2) * u ** r * v * v];
    const beta2 = (b * (b + 1)) / ((a + b) * (a + b + 1));
    // B(a+1, b+1)/B(a, b) = a b / ((a+b)(a+b+1)).
    const expected2 = beta2 * nb[2] + ((a * b) / ((a + b) * (a + b + 1))) * (1 - nb[0] - nb[1]);
    expect(p[2]).toBeCloseTo(expected2, 12);
  });

  it("puts everything on 0 purchases at t = 0", () => {
    const p = bgnbdPurchaseCountProbabilities(PARAMS, 0, 3, new Float64Array(3));
    expect(Array.from(p)).toEqual([1, 0, 0]);
  });
});
