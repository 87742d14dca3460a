import { nelderMead } from "./nelder-mead";

describe("nelderMead", () => {
  it("finds the minimum of Rosenbrock's valley (1, 1) from (-1.2, 1)", () => {
    const rosenbrock = (x: Float64Array) => 100 * (x[1] - x[0] ** 2) ** 2 + (1 - x[0]) ** 2;
    const r = nelderMead(rosenbrock, [-1.2, 1]);
    expect(r.converged).toBe(true);
    expect(r.x[0]).toBeCloseTo(1, 6);
    expect(r.x[1]).toBeCloseTo(1, 6);
    expect(r.value).toBeLessThan(1e-12);
    expect(r.iterations).toBeGreaterThan(10);
    expect(r.evaluations).toBeGreaterThan(r.iterations);
  });

  it("finds the centre of a shifted 4-dimensional bowl", () => {
    const centre = [0.3, -2, 5, 1.5];
    const bowl = (x: Float64Array) => x.reduce((s, v, i) => s + (i + 1) * (v - centre[i]) ** 2, 0);
    const r = nelderMead(bowl, [0, 0, 0, 0]);
    expect(r.converged).toBe(true);
    centre.forEach((c, i) => expect(r.x[i]).toBeCloseTo(c, 6));
  });

  it("steps around a region where f is NaN instead of stopping there", () => {
    // Defined for x > 0 only; the minimum (x = 1) is near the edge of the first simplex's reach.
    const f = (x: Float64Array) => (x[0] > 0 ? x[0] - Math.log(x[0]) : NaN);
    const r = nelderMead(f, [0.2], { step: -0.5 });
    expect(r.converged).toBe(true);
    expect(r.x[0]).toBeCloseTo(1, 4);
  });

  it("reports converged: false when it runs out of iterations", () => {
    const rosenbrock = (x: Float64Array) => 100 * (x[1] - x[0] ** 2) ** 2 + (1 - x[0]) ** 2;
    const r = nelderMead(rosenbrock, [-1.2, 1], { maxIterations: 20 });
    expect(r.converged).toBe(false);
    expect(r.iterations).toBe(20);
  });
});
