import { isBlankValue } from "./is-blank-value";

describe("isBlankValue", () => {
  it("is true for null and numbers without a value, false for any written value", () => {
    expect([null, Number.NaN, Infinity].map(isBlankValue)).toEqual([true, true, true]);
    expect([0, "", false].map(isBlankValue)).toEqual([false, false, false]);
  });
});
