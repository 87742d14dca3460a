import { logGamma } from "./log-gamma";

describe("logGamma", () => {
  it("gives ln((n-1)!) at whole numbers", () => {
    let factorial = 1;
    for (let n = 1; n <= 20; n++) {
      expect(logGamma(n)).toBeCloseTo(Math.log(factorial), 12);
      factorial *= n;
    }
  });

  it("gives ln(sqrt(pi)) at 1/2 and the reflected value at -1/2 (Γ(-1/2) = -2 sqrt(pi))", () => {
    expect(logGamma(0.5)).toBeCloseTo(0.5 * Math.log(Math.PI), 13);
    expect(logGamma(-0.5)).toBeCloseTo(Math.log(2 * Math.sqrt(Math.PI)), 13);
  });

  it("keeps its relative precision for small and large arguments", () => {
    // Γ(x) ~ 1/x near 0; ln Γ(1e-8) = -ln(1e-8) - γ 1e-8 to 1e-16.
    expect(logGamma(1e-8)).toBeCloseTo(-Math.log(1e-8) - 0.5772156649e-8, 12);
    // Stirling with three terms is exact to ~1e-13 at 1000.
    const x = 1000;
    const stirling =
      (x - 0.5) * Math.log(x) - x + 0.5 * Math.log(2 * Math.PI) + 1 / (12 * x) - 1 / (360 * x ** 3);
    expect(Math.abs(logGamma(x) - stirling) / stirling).toBeLessThan(1e-14);
  });

  it("satisfies ln Γ(x+1) = ln Γ(x) + ln x", () => {
    for (const x of [0.01, 0.2426, 0.7929, 2.4258, 4.4135, 37.5, 512.25]) {
      expect(logGamma(x + 1)).toBeCloseTo(logGamma(x) + Math.log(x), 11);
    }
  });

  it("is NaN at the poles and for NaN", () => {
    expect(logGamma(0)).toBeNaN();
    expect(logGamma(-3)).toBeNaN();
    expect(logGamma(NaN)).toBeNaN();
  });
});
