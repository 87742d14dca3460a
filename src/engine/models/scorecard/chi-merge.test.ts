import { chiMerge } from "./chi-merge";
import type { Bin } from "./types";

/** Numeric bins [i, i + 1) with the given (goods, bads). */
const bins = (...counts: [number, number][]): Bin[] =>
  counts.map(([goods, bads], i) => ({
    lower: i === 0 ? -Infinity : i,
    upper: i === counts.length - 1 ? Infinity : i + 1,
    levels: [],
    missing: false,
    goods,
    bads,
  }));

const counts = (bs: Bin[]) => bs.map((b) => [b.goods, b.bads]);

describe("chiMerge", () => {
  it("merges the pair with the smallest chi-square while one is below 2.706", () => {
    // Pairs: (50,50)-(50,50) chi 0; (50,50)-(90,10) chi 40.3; so the first two merge into (100,100);
    // then (100,100)-(90,10): chi = 300 * (100*10 - 100*90)^2 / (200*100*190*110) = 45.9 > 2.706.
    const out = chiMerge(bins([50, 50], [50, 50], [90, 10]), 300);
    expect(counts(out)).toEqual([
      [100, 100],
      [90, 10],
    ]);
    expect(out[0]).toMatchObject({ lower: -Infinity, upper: 2 });
    expect(out[1]).toMatchObject({ lower: 2, upper: Infinity });
  });

  it("merges the leftmost of equal chi-squares", () => {
    // Nine bins alternating (90,10)/(10,90): every pair has the same large chi-square, and one
    // merge is needed to reach 8 bins: the leftmost pair's.
    const alternating = Array.from({ length: 9 }, (_, i): [number, number] =>
      i % 2 ? [10, 90] : [90, 10]
    );
    const out = chiMerge(bins(...alternating), 900);
    expect(counts(out)).toEqual([[100, 100], ...alternating.slice(2)]);
  });

  it("merges a bin under 5% of the rows with the neighbour of the smaller chi-square", () => {
    // (2,18) holds 20 of 420 rows (< 21). Its pairs: left (100,100)-(2,18) chi =
    // 220 (100*18 - 100*2)^2 / (200*20*102*118) = 11.7; right (2,18)-(190,10) much larger.
    // Phase 1 keeps all three (both above 2.706); phase 2 merges it to the left.
    const out = chiMerge(bins([100, 100], [2, 18], [190, 10]), 420);
    expect(counts(out)).toEqual([
      [102, 118],
      [190, 10],
    ]);
  });

  it("phase 2 merges a bin without bads even when its chi-squares are large", () => {
    // (200,0) between (100,100) and (10,90): both of its pairs have a large chi-square, so phase 1
    // keeps it; it has no bad, so phase 2 merges it with the side of the smaller chi-square, the left.
    const left = [100, 100] as [number, number];
    const out = chiMerge(bins(left, [200, 0], [10, 90]), 500);
    expect(counts(out)).toEqual([
      [300, 100],
      [10, 90],
    ]);
  });

  it("stops phase 2 at two bins", () => {
    const out = chiMerge(bins([100, 0], [0, 100]), 200);
    expect(counts(out)).toEqual([
      [100, 0],
      [0, 100],
    ]);
  });

  it("merges down to one bin when no pair differs", () => {
    expect(counts(chiMerge(bins([10, 10], [10, 10], [10, 10]), 60))).toEqual([[30, 30]]);
  });
});
