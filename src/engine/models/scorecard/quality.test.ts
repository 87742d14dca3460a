import { aucRankSum, aucTrapezoid } from "./auc";
import { qualityFigures, scoreDeciles } from "./quality";
import { ksStatistic } from "./ks";

const all = (n: number) => Int32Array.from({ length: n }, (_, i) => i);

describe("ksStatistic", () => {
  it("is the largest gap between cumulative bad and good shares", () => {
    // Scores 1..6, bad at 1, 2, 4: after 1: 1/3 - 0; after 2: 2/3 - 0; after 3: 2/3 - 1/3;
    // after 4: 1 - 1/3 = 2/3; so KS = 2/3.
    const score = Float64Array.from([1, 2, 3, 4, 5, 6]);
    const y = Uint8Array.from([1, 1, 0, 1, 0, 0]);
    expect(ksStatistic(score, y, all(6))).toBeCloseTo(2 / 3, 12);
  });

  it("moves rows of equal score together", () => {
    // All four rows share one score: the only step reaches 1 - 1 = 0.
    expect(
      ksStatistic(Float64Array.from([5, 5, 5, 5]), Uint8Array.from([1, 0, 1, 0]), all(4))
    ).toBe(0);
  });
});

describe("AUC", () => {
  it("is the share of (good, bad) pairs where the good scores higher, ties half", () => {
    // Goods 3, 5, 6 and bads 1, 2, 4: pairs good > bad: 3>1,3>2 (2); 5: 3; 6: 3 -> 8 of 9.
    const score = Float64Array.from([1, 2, 3, 4, 5, 6]);
    const y = Uint8Array.from([1, 1, 0, 1, 0, 0]);
    expect(aucRankSum(score, y, all(6))).toBeCloseTo(8 / 9, 12);
    expect(aucTrapezoid(score, y, all(6))).toBeCloseTo(8 / 9, 12);
  });

  it("counts a tie as half, both ways", () => {
    // Good 2, 2 and bad 2, 1: pairs (2 vs 2) tie x2 = 1, (2 vs 1) x2 = 2 -> 3 of 4.
    const score = Float64Array.from([2, 2, 2, 1]);
    const y = Uint8Array.from([0, 0, 1, 1]);
    expect(aucRankSum(score, y, all(4))).toBeCloseTo(0.75, 12);
    expect(aucTrapezoid(score, y, all(4))).toBeCloseTo(0.75, 12);
  });
});

describe("qualityFigures and scoreDeciles", () => {
  it("gives Gini = 2 AUC - 1 and the bad rate per tenth of the rows", () => {
    // Scores 1..20, the five lowest bad: AUC 1, KS 1, Gini 1; deciles of 2 rows each.
    const score = Float64Array.from({ length: 20 }, (_, i) => i + 1);
    const y = Uint8Array.from({ length: 20 }, (_, i) => (i < 5 ? 1 : 0));
    const q = qualityFigures(score, y, all(20));
    expect(q).toEqual({ rows: 20, bads: 5, ks: 1, auc: 1, aucTrapezoid: 1, gini: 1 });
    const deciles = scoreDeciles(score, y, all(20));
    expect(deciles.map((d) => d.badRate)).toEqual([1, 1, 0.5, 0, 0, 0, 0, 0, 0, 0]);
    expect(deciles[0]).toEqual({ from: 1, to: 2, rows: 2, bads: 2, badRate: 1 });
  });
});
