import { prepareBgnbd } from "./prepare-bgnbd";

describe("prepareBgnbd", () => {
  it("folds customers with the same history into one weighted row, and tables distinct times", () => {
    const p = prepareBgnbd({
      x: Float64Array.from([2, 0, 2, 0, 1]),
      tx: Float64Array.from([30, 0, 30, 0, 5]),
      T: Float64Array.from([38, 38, 38, 20, 20]),
    });
    expect(Array.from(p.x)).toEqual([2, 0, 0, 1]);
    expect(Array.from(p.weight)).toEqual([2, 1, 1, 1]);
    expect(Array.from(p.Ts)).toEqual([38, 20]);
    expect(Array.from(p.txs)).toEqual([30, 0, 5]);
    expect(Array.from(p.tIndex)).toEqual([0, 0, 1, 1]);
    expect(Array.from(p.txIndex)).toEqual([0, 1, 1, 2]);
    expect(p.maxX).toBe(2);
    expect(p.customers).toBe(5);
  });
});
