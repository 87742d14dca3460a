import { topShortfalls } from "./top-shortfalls";

describe("topShortfalls", () => {
  it("gives the largest positive shortfalls first, ties in index order", () => {
    expect(topShortfalls([5, 9, NaN, 9, 0, -1, 7], 3)).toEqual([1, 3, 6]);
    expect(topShortfalls([2, 2, 2], 2)).toEqual([0, 1]);
  });

  it("gives fewer when fewer indicators fall short, none for a count of 0 or less", () => {
    expect(topShortfalls([0, NaN, 3], 5)).toEqual([2]);
    expect(topShortfalls([4, 5], 0)).toEqual([]);
    expect(topShortfalls([4, 5], -2)).toEqual([]);
    expect(topShortfalls([4, 5], NaN)).toEqual([]);
  });
});
