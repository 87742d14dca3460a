import { WeightingError } from "./weighting-error";
import { expertRankWeights } from "./expert-ranks";

describe("expertRankWeights", () => {
  it("averages ranks over experts and turns them into rank-sum weights", () => {
    // Average ranks 4/3, 2, 8/3, 4; n + 1 - r = 11/3, 3, 7/3, 1, sum 10 -> .3667 .3 .2333 .1
    const result = expertRankWeights([
      [1, 2, 3, 4],
      [2, 1, 3, 4],
      [1, 3, 2, 4],
    ]);
    expect(result.averageRanks).toEqual([4 / 3, 2, 8 / 3, 4]);
    expect(result.weights.map((w) => Number(w.toFixed(4)))).toEqual([0.3667, 0.3, 0.2333, 0.1]);
    expect(result.weights.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
  });

  it("gives one expert's ranking the textbook rank-sum weights", () => {
    // n = 3: (3, 2, 1) / 6
    expect(expertRankWeights([[2, 3, 1]]).weights).toEqual([2 / 6, 1 / 6, 3 / 6]);
  });

  it("accepts shared ranks for ties", () => {
    expect(expertRankWeights([[1.5, 1.5, 3]]).weights).toEqual([2.5 / 6, 2.5 / 6, 1 / 6]);
  });

  it("refuses missing, short and out-of-range rankings with bilingual messages", () => {
    expect(() => expertRankWeights([])).toThrow("no expert rankings were given");
    expect(() => expertRankWeights([[1, 2], [1]])).toThrow("expert 2 ranks 1 criteria, not 2");
    expect(() => expertRankWeights([[1, 3]])).toThrow(
      "expert 1 ranks criterion 2 as 3, outside 1..2"
    );
    try {
      expertRankWeights([[0, 1]]);
    } catch (e) {
      expect(e).toBeInstanceOf(WeightingError);
      expect((e as WeightingError).localized["zh-CN"]).toContain("不在 1 到 2 之间");
    }
  });
});
