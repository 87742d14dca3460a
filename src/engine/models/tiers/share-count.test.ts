import { shareCount } from "./share-count";

describe("shareCount", () => {
  it("rounds up", () => {
    expect(shareCount(0.01, 150)).toBe(2);
    expect(shareCount(0.05, 150)).toBe(8);
    expect(shareCount(0.2, 150)).toBe(30);
    expect(shareCount(0.01, 1)).toBe(1);
  });

  it("is exact where floating point is not", () => {
    expect(0.07 * 100).not.toBe(7);
    expect(shareCount(0.07, 100)).toBe(7);
    expect(shareCount(0.2, 10)).toBe(2);
    expect(shareCount(0.05, 1_000_000)).toBe(50_000);
  });

  it("gives 0 for no items or no share and never more than n", () => {
    expect(shareCount(0.2, 0)).toBe(0);
    expect(shareCount(0, 10)).toBe(0);
    expect(shareCount(1.5, 10)).toBe(10);
  });
});
