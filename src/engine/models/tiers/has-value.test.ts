import { hasValue } from "./has-value";

describe("hasValue", () => {
  it("takes numbers, zero and negatives included, and refuses null and NaN", () => {
    expect([5, 0, -3, null, NaN].map(hasValue)).toEqual([true, true, true, false, false]);
  });
});
