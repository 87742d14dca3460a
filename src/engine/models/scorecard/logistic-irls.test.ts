import { fitLogistic, log1pExp, sigmoid } from "./logistic-irls";

const logit = (p: number) => Math.log(p / (1 - p));
const all = (n: number) => Int32Array.from({ length: n }, (_, i) => i);

/** Rows for design point (x1, x2) with `bads` of `total` bad. */
function cell(x1: number, x2: number, bads: number, total: number) {
  return Array.from({ length: total }, (_, i) => ({ x1, x2, y: i < bads ? 1 : 0 }));
}

describe("fitLogistic", () => {
  it("matches the closed form of a saturated model with two variables", () => {
    // Three design points (0,0), (1,0), (0,1) and three parameters: the fit reproduces each point's
    // bad rate, so b0 = logit(3/10), b1 = logit(6/8) - b0, b2 = logit(2/12) - b0.
    const data = [...cell(0, 0, 3, 10), ...cell(1, 0, 6, 8), ...cell(0, 1, 2, 12)];
    const fit = fitLogistic(
      [Float64Array.from(data, (d) => d.x1), Float64Array.from(data, (d) => d.x2)],
      Uint8Array.from(data, (d) => d.y),
      all(data.length)
    );
    if (!fit.ok) throw new Error("singular");
    const b0 = logit(3 / 10);
    expect(fit.coefficients[0]).toBeCloseTo(b0, 8);
    expect(fit.coefficients[1]).toBeCloseTo(logit(6 / 8) - b0, 8);
    expect(fit.coefficients[2]).toBeCloseTo(logit(2 / 12) - b0, 8);
    expect(fit.converged).toBe(true);
  });

  it("stops where the gradient of the log-likelihood is ~0", () => {
    // A pseudo-random data set (a fixed linear congruential sequence), not saturated.
    let seed = 12345;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    const n = 400;
    const a = Float64Array.from({ length: n }, () => next() * 2 - 1);
    const b = Float64Array.from({ length: n }, () => next() * 2 - 1);
    const y = Uint8Array.from({ length: n }, (_, i) =>
      next() < sigmoid(0.5 + 1.5 * a[i] - b[i]) ? 1 : 0
    );
    const fit = fitLogistic([a, b], y, all(n));
    if (!fit.ok) throw new Error("singular");
    const gradient = [0, 0, 0];
    for (let i = 0; i < n; i++) {
      const residual =
        y[i] -
        sigmoid(fit.coefficients[0] + fit.coefficients[1] * a[i] + fit.coefficients[2] * b[i]);
      gradient[0] += residual;
      gradient[1] += residual * a[i];
      gradient[2] += residual * b[i];
    }
    for (const g of gradient) expect(Math.abs(g)).toBeLessThan(1e-6);
    expect(fit.coefficients[1]).toBeGreaterThan(0);
  });

  it("uses only the rows given", () => {
    // Rows 0-3 alone: x = 0 has 1 of 2 bad, x = 1 has 1 of 2 bad, so both coefficients are 0;
    // rows 4 and 5 (left out) would change that.
    const x = Float64Array.from([0, 0, 1, 1, 1, 1]);
    const y = Uint8Array.from([1, 0, 1, 0, 1, 1]);
    const fit = fitLogistic([x], y, Int32Array.from([0, 1, 2, 3]));
    if (!fit.ok) throw new Error("singular");
    expect(fit.coefficients[0]).toBeCloseTo(0, 8);
    expect(fit.coefficients[1]).toBeCloseTo(0, 8);
  });

  it("reports two columns carrying the same information instead of NaN", () => {
    const x = Float64Array.from([0, 1, 2, 3, 4, 5]);
    const twice = x.map((v) => 2 * v);
    const other = Float64Array.from([1, 0, 1, 1, 0, 0]);
    const y = Uint8Array.from([0, 1, 0, 1, 1, 0]);
    expect(fitLogistic([x, other, twice], y, all(6))).toEqual({
      ok: false,
      problem: "singular",
      columns: [1, 3],
    });
  });
});

describe("log1pExp and sigmoid", () => {
  it("stay finite far out", () => {
    expect(log1pExp(1000)).toBe(1000);
    expect(log1pExp(-1000)).toBe(0);
    expect(log1pExp(0)).toBeCloseTo(Math.LN2, 15);
    expect(sigmoid(-1000)).toBe(0);
    expect(sigmoid(1000)).toBe(1);
    expect(sigmoid(0)).toBe(0.5);
  });
});
