import { logHypergeometric2F1 } from "./log-hypergeometric-2f1";

const hyp = (a: number, b: number, c: number, z: number) =>
  Math.exp(logHypergeometric2F1(a, b, c, z));

describe("logHypergeometric2F1", () => {
  it("is 0 (2F1 = 1) at z = 0", () => {
    expect(logHypergeometric2F1(3, 4, 5, 0)).toBe(0);
  });

  it("matches closed forms: 2F1(1,1;2;z) = -ln(1-z)/z and 2F1(a,b;b;z) = (1-z)^-a", () => {
    for (const z of [0.1, 0.5, 0.9]) {
      expect(hyp(1, 1, 2, z)).toBeCloseTo(-Math.log(1 - z) / z, 13);
      expect(logHypergeometric2F1(2.5, 1.7, 1.7, z)).toBeCloseTo(-2.5 * Math.log(1 - z), 12);
    }
  });

  it("converges near the edge of the unit disc (z = 0.9999 needs ~350,000 terms)", () => {
    for (const z of [0.999, 0.9999]) {
      const exact = -Math.log(1 - z) / z;
      expect(Math.abs(hyp(1, 1, 2, z) - exact) / exact).toBeLessThan(1e-11);
    }
    // A sum whose terms fall as k^(-1.5): 2F1(1/2,1/2;3/2;z^2) = asin(z)/z.
    const z = 0.9999;
    expect(hyp(0.5, 0.5, 1.5, z * z)).toBeCloseTo(Math.asin(z) / z, 10);
  });

  it("gives NaN, not a wrong sum, where a million terms are not enough (z = 1 - 1e-7)", () => {
    expect(logHypergeometric2F1(1, 1, 2, 1 - 1e-7)).toBeNaN();
  });

  it("keeps the logarithm where 2F1 itself overflows a double: ln (1-z)^-a for a = 2000", () => {
    const z = 0.9;
    expect(logHypergeometric2F1(2000, 3, 3, z)).toBeCloseTo(-2000 * Math.log(1 - z), 8);
  });

  it("matches Euler's transformation 2F1(a,b;c;z) = (1-z)^(c-a-b) 2F1(c-a,c-b;c;z)", () => {
    const [a, b, c, z] = [2.2426, 4.4258, 6.2187, 0.5];
    expect(logHypergeometric2F1(a, b, c, z)).toBeCloseTo(
      (c - a - b) * Math.log(1 - z) + logHypergeometric2F1(c - a, c - b, c, z),
      12
    );
  });

  it("is NaN outside 0 <= z < 1 and at a pole of c", () => {
    expect(logHypergeometric2F1(1, 1, 2, 1)).toBeNaN();
    expect(logHypergeometric2F1(1, 1, 2, -0.5)).toBeNaN();
    expect(logHypergeometric2F1(1, 1, -2, 0.5)).toBeNaN();
  });
});
