import { ksCurve } from "./ks-curve";

const all = (n: number) => Int32Array.from({ length: n }, (_, i) => i);

describe("ksCurve", () => {
  it("gives the cumulative shares of bads and goods at evenly spaced ranks", () => {
    // Scores 1..8, bad at 1, 2, 5; 4 points: cut-offs at ranks 2, 4, 6, 8 -> scores 2, 4, 6, 8.
    const score = Float64Array.from([1, 2, 3, 4, 5, 6, 7, 8]);
    const y = Uint8Array.from([1, 1, 0, 0, 1, 0, 0, 0]);
    expect(ksCurve(score, y, all(8), 4)).toEqual([
      { score: 1, badShare: 0, goodShare: 0 },
      { score: 2, badShare: 2 / 3, goodShare: 0 },
      { score: 4, badShare: 2 / 3, goodShare: 2 / 5 },
      { score: 6, badShare: 1, goodShare: 3 / 5 },
      { score: 8, badShare: 1, goodShare: 1 },
    ]);
  });

  it("counts tied scores whole and ends at (1, 1)", () => {
    const score = Float64Array.from([5, 5, 5, 5, 9]);
    const y = Uint8Array.from([1, 0, 1, 0, 0]);
    const curve = ksCurve(score, y, all(5), 5);
    expect(curve[1]).toEqual({ score: 5, badShare: 1, goodShare: 2 / 3 });
    expect(curve[curve.length - 1]).toEqual({ score: 9, badShare: 1, goodShare: 1 });
    expect(curve).toHaveLength(3);
  });

  it("is empty without a bad or a good", () => {
    expect(ksCurve(Float64Array.from([1, 2]), Uint8Array.from([0, 0]), all(2))).toEqual([]);
  });
});
