import { fitGammaGamma } from "./fit-gamma-gamma";
import { gammaGammaLogLikelihood } from "./gamma-gamma-log-likelihood";

describe("fitGammaGamma", () => {
  // 40 buyers: x cycles 1..4, spends spread around 30 independently of x.
  const x = Float64Array.from({ length: 40 }, (_, i) => 1 + (i % 4));
  const spend = Float64Array.from({ length: 40 }, (_, i) => 10 + ((i * 37) % 41));

  it("finds a maximum on the repeat buyers and counts them", () => {
    const fit = fitGammaGamma(x, spend);
    if (!fit.ok) throw new Error(JSON.stringify(fit.refusal));
    expect(fit.customers).toBe(40);
    for (const key of ["p", "q", "v"] as const) {
      for (const factor of [0.98, 1.02]) {
        const moved = { ...fit.params, [key]: fit.params[key] * factor };
        expect(gammaGammaLogLikelihood(moved, x, spend)).toBeLessThan(fit.logLikelihood);
      }
    }
  });

  it("leaves out customers without a repeat purchase or with no positive spend", () => {
    const withOthers = Float64Array.from([...x, 0, 0, 3]);
    const spends = Float64Array.from([...spend, 0, 0, -5]);
    const fit = fitGammaGamma(withOthers, spends);
    expect(fit.ok && fit.customers).toBe(40);
  });

  it("refuses fewer than 10 repeat buyers with a spend", () => {
    const fit = fitGammaGamma(Float64Array.of(1, 2, 0), Float64Array.of(5, 6, 0));
    expect(fit.ok).toBe(false);
    if (!fit.ok)
      expect(fit.refusal).toEqual({ code: "too-few-repeat-buyers", repeatBuyers: 2, minimum: 10 });
  });

  it("refuses spend that rises with frequency (the model assumes they are independent)", () => {
    const correlated = x.map((v, i) => v * 10 + (i % 3));
    const fit = fitGammaGamma(x, correlated);
    expect(fit.ok).toBe(false);
    if (!fit.ok) {
      expect(fit.refusal.code).toBe("spend-frequency-correlated");
      expect(fit.iterations).toBe(0);
    }
  });
});
