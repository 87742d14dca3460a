import { bgnbdLogLikelihood } from "./bgnbd-log-likelihood";
import { fitBgnbd } from "./fit-bgnbd";

/** A reproducible uniform generator (mulberry32), so the test data are the same on every run. */
function random(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * BG/NBD's own story: purchase rates from Gamma(1, 2) (mean 0.5 a week), dropout chances after each
 * purchase from Beta(1, 3) (mean 1/4), observed for 30 weeks.
 */
function simulated(n: number) {
  const next = random(7);
  const x = new Float64Array(n);
  const tx = new Float64Array(n);
  const T = new Float64Array(n).fill(30);
  for (let i = 0; i < n; i++) {
    const rate = -Math.log(1 - next()) / 2;
    const dropout = 1 - Math.cbrt(1 - next());
    let t = 0;
    for (;;) {
      t += -Math.log(1 - next()) / rate;
      if (t > 30) break;
      x[i]++;
      tx[i] = t;
      if (next() < dropout) break;
    }
  }
  return { x, tx, T };
}

describe("fitBgnbd", () => {
  it("finds a maximum: the log-likelihood there beats every nearby point", () => {
    const data = simulated(400);
    const fit = fitBgnbd(data);
    if (!fit.ok) throw new Error(JSON.stringify(fit.refusal));
    expect(fit.converged).toBe(true);
    expect(fit.customers).toBe(400);
    expect(fit.logLikelihood).toBeCloseTo(bgnbdLogLikelihood(fit.params, data), 9);
    for (const key of ["r", "alpha", "a", "b"] as const) {
      for (const factor of [0.99, 1.01]) {
        const moved = { ...fit.params, [key]: fit.params[key] * factor };
        expect(bgnbdLogLikelihood(moved, data)).toBeLessThan(fit.logLikelihood);
      }
    }
  });

  it("refuses fewer than 20 customers", () => {
    const fit = fitBgnbd({
      x: new Float64Array(5),
      tx: new Float64Array(5),
      T: new Float64Array(5).fill(3),
    });
    expect(fit).toEqual({
      ok: false,
      refusal: { code: "too-few-customers", customers: 5, minimum: 20 },
      iterations: 0,
    });
  });

  it("refuses fewer than 10 repeat buyers", () => {
    const x = new Float64Array(50);
    x[0] = 3;
    const fit = fitBgnbd({ x, tx: x.map((v) => v * 2), T: new Float64Array(50).fill(10) });
    expect(fit.ok).toBe(false);
    if (!fit.ok)
      expect(fit.refusal).toEqual({ code: "too-few-repeat-buyers", repeatBuyers: 1, minimum: 10 });
  });

  it("refuses a fit whose parameters run off: nobody ever drops out (every buyer bought last week)", () => {
    // Everyone buys once a week and was seen this week: the dropout probability goes to 0 (a -> 0).
    const n = 60;
    const x = new Float64Array(n).fill(29);
    const fit = fitBgnbd({ x, tx: new Float64Array(n).fill(29), T: new Float64Array(n).fill(29) });
    expect(fit.ok).toBe(false);
    if (!fit.ok) expect(["degenerate-parameter", "not-converged"]).toContain(fit.refusal.code);
  });
});
