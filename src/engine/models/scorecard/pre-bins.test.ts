import { preBins, quantileCuts } from "./pre-bins";
import type { CategoricalVariable, NumericVariable } from "./types";

const all = (n: number) => Int32Array.from({ length: n }, (_, i) => i);

describe("quantileCuts", () => {
  it("keeps the distinct type-7 quantiles 0.02 ... 0.98", () => {
    // Values 1..51: h = 50 p, so the quantile at k/50 is exactly 1 + k: cuts 2..50.
    const cuts = quantileCuts(Float64Array.from({ length: 51 }, (_, i) => i + 1));
    expect(cuts).toEqual(Array.from({ length: 49 }, (_, k) => k + 2));
  });

  it("drops repeated cut points", () => {
    // Three values 0, 0, 10: h = 2p, so q = 0 up to p = 0.5 and 10 (2p - 1) above.
    const cuts = quantileCuts(Float64Array.from([0, 0, 10]));
    expect(cuts[0]).toBe(0);
    expect(new Set(cuts).size).toBe(cuts.length);
    expect(cuts).toHaveLength(1 + 24);
    expect(cuts[cuts.length - 1]).toBeCloseTo(9.6, 12);
  });
});

describe("preBins", () => {
  it("counts goods and bads in [cut, next cut) and gives missing values their own bin", () => {
    // Values 0 x 3, 10 x 3 and a missing: every cut is 0 below p = 0.5... and the bins start at
    // the first cut 0 (the bin below it is empty and dropped, its range going to the next).
    const values = Float64Array.from([0, 0, 0, 10, 10, 10, NaN]);
    const target = Uint8Array.from([0, 0, 1, 1, 1, 0, 1]);
    const v: NumericVariable = { name: "x", kind: "numeric", values };
    const { bins, missing } = preBins(v, target, all(7));
    expect(bins[0]).toMatchObject({ lower: -Infinity, goods: 2, bads: 1 });
    expect(bins[bins.length - 1]).toMatchObject({ upper: Infinity, goods: 1, bads: 2 });
    expect(bins).toHaveLength(2);
    expect(bins[0].upper).toBe(bins[1].lower);
    expect(missing).toMatchObject({ missing: true, goods: 0, bads: 1 });
  });

  it("uses only the rows given", () => {
    const v: NumericVariable = { name: "x", kind: "numeric", values: Float64Array.from([1, 2, 3]) };
    const { bins, missing } = preBins(v, Uint8Array.from([1, 0, 0]), Int32Array.from([1, 2]));
    expect(bins.reduce((s, b) => s + b.goods + b.bads, 0)).toBe(2);
    expect(bins.reduce((s, b) => s + b.bads, 0)).toBe(0);
    expect(missing).toBeNull();
  });

  it("orders categories by bad rate, ties by value", () => {
    const v: CategoricalVariable = {
      name: "c",
      kind: "categorical",
      levels: ["b", "a", "z", "m"],
      // b: 1/2 bad; a: 1/2 bad; z: 0/1; m: 2/2; one missing.
      codes: Int32Array.from([0, 0, 1, 1, 2, 3, 3, -1]),
    };
    const target = Uint8Array.from([1, 0, 0, 1, 0, 1, 1, 0]);
    const { bins, missing } = preBins(v, target, all(8));
    expect(bins.map((b) => v.levels[b.levels[0]])).toEqual(["z", "a", "b", "m"]);
    expect(missing).toMatchObject({ goods: 1, bads: 0 });
  });
});
