import { holdoutSplit } from "./holdout";

describe("holdoutSplit", () => {
  it("holds out positions 0, 1, 2 mod 10", () => {
    const { fit, holdout } = holdoutSplit(23);
    expect(Array.from(holdout)).toEqual([0, 1, 2, 10, 11, 12, 20, 21, 22]);
    expect(Array.from(fit)).toEqual([3, 4, 5, 6, 7, 8, 9, 13, 14, 15, 16, 17, 18, 19]);
  });
});
