import { createRandom } from "./random";

const draw = (seed: number, n = 5) => {
  const r = createRandom(seed);
  return Array.from({ length: n }, () => r.next());
};
const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;

describe("createRandom", () => {
  it("repeats for a seed and differs between seeds", () => {
    expect(draw(42)).toEqual(draw(42));
    expect(draw(42)).not.toEqual(draw(43));
  });

  it("stays in [0, 1) and looks uniform", () => {
    const xs = draw(7, 20_000);
    expect(Math.min(...xs)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...xs)).toBeLessThan(1);
    expect(mean(xs)).toBeCloseTo(0.5, 1);
  });

  it("gives ints with both ends included", () => {
    const r = createRandom(1);
    const seen = new Set(Array.from({ length: 2000 }, () => r.int(1, 3)));
    expect([...seen].sort()).toEqual([1, 2, 3]);
  });

  it("draws normals, lognormals and poissons with the right means", () => {
    const r = createRandom(3);
    const n = 20_000;
    expect(mean(Array.from({ length: n }, () => r.normal(10, 2)))).toBeCloseTo(10, 1);
    // E[lognormal(0, 0.5)] = exp(0.125)
    expect(mean(Array.from({ length: n }, () => r.lognormal(0, 0.5)))).toBeCloseTo(
      Math.exp(0.125),
      1
    );
    const small = Array.from({ length: n }, () => r.poisson(3));
    expect(mean(small)).toBeCloseTo(3, 1);
    expect(small.every((k) => Number.isInteger(k) && k >= 0)).toBe(true);
    expect(Math.abs(mean(Array.from({ length: n }, () => r.poisson(50))) - 50)).toBeLessThan(0.5);
    expect(r.poisson(0)).toBe(0);
  });

  it("picks from a list, refuses an empty one, and shuffles a copy", () => {
    const r = createRandom(5);
    const items = ["a", "b", "c"];
    expect(items).toContain(r.pick(items));
    expect(() => r.pick([])).toThrow(RangeError);
    const shuffled = r.shuffle(items);
    expect([...shuffled].sort()).toEqual(items);
    expect(items).toEqual(["a", "b", "c"]);
  });

  it("takes chance(p) about p of the time", () => {
    const r = createRandom(9);
    const hits = Array.from({ length: 10_000 }, () => r.chance(0.05)).filter(Boolean).length;
    expect(hits).toBeGreaterThan(400);
    expect(hits).toBeLessThan(600);
  });
});
