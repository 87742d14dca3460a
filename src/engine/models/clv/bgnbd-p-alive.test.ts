import { bgnbdPAlive, bgnbdPAliveColumn } from "./bgnbd-p-alive";

const params = { r: 0.2426, alpha: 4.4135, a: 0.7929, b: 2.4258 };

describe("bgnbdPAlive", () => {
  it("is 1 without a repeat purchase (a customer drops out only after buying)", () => {
    expect(bgnbdPAlive(params, 0, 0, 38.86)).toBe(1);
  });

  it("is 1 / (1 + a/(b+x-1) ((α+T)/(α+t_x))^(r+x))", () => {
    const odds = (0.7929 / (2.4258 + 1)) * ((4.4135 + 38.86) / (4.4135 + 30.43)) ** 2.2426;
    expect(bgnbdPAlive(params, 2, 30.43, 38.86)).toBeCloseTo(1 / (1 + odds), 14);
  });

  it("falls as the silence since the last purchase grows, and is 0, not NaN, after a very long one", () => {
    const recent = bgnbdPAlive(params, 5, 38, 39);
    const silent = bgnbdPAlive(params, 5, 5, 39);
    expect(recent).toBeGreaterThan(silent);
    expect(bgnbdPAlive(params, 500, 1, 1e6)).toBe(0);
  });

  it("runs over a summary's columns", () => {
    const out = bgnbdPAliveColumn(params, {
      x: Float64Array.of(0, 2),
      tx: Float64Array.of(0, 30.43),
      T: Float64Array.of(38.86, 38.86),
    });
    expect(out[0]).toBe(1);
    expect(out[1]).toBe(bgnbdPAlive(params, 2, 30.43, 38.86));
  });
});
