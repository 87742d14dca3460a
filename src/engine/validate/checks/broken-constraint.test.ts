import { brokenConstraint } from "./broken-constraint";

describe("brokenConstraint", () => {
  it("checks minimum and maximum inclusively", () => {
    const c = { minimum: 1, maximum: 5 };
    expect([0, 1, 5, 6, 0.999].map((v) => brokenConstraint(v, c))).toEqual([
      { constraint: "minimum", limit: 1 },
      null,
      null,
      { constraint: "maximum", limit: 5 },
      { constraint: "minimum", limit: 1 },
    ]);
  });
  it("checks enum exactly, lengths in characters and the pattern against the whole value", () => {
    expect(brokenConstraint("中", { enum: ["低", "中", "高"] })).toBeNull();
    expect(brokenConstraint("medium", { enum: ["低", "中", "高"] })).toEqual({
      constraint: "enum",
      limit: "低|中|高",
    });
    expect(brokenConstraint("客户", { minLength: 2, maxLength: 2 })).toBeNull();
    expect(brokenConstraint("客", { minLength: 2 })).toEqual({ constraint: "minLength", limit: 2 });
    expect(brokenConstraint("客户甲", { maxLength: 2 })).toEqual({
      constraint: "maxLength",
      limit: 2,
    });
    expect(brokenConstraint("AB12", { pattern: "[A-Z]+\\d+" })).toBeNull();
    expect(brokenConstraint("xAB12", { pattern: "[A-Z]+\\d+" })).toEqual({
      constraint: "pattern",
      limit: "[A-Z]+\\d+",
    });
    expect(brokenConstraint("AB12x", { pattern: "[A-Z]+\\d+|x" })).toEqual({
      constraint: "pattern",
      limit: "[A-Z]+\\d+|x",
    });
  });
  it("skips a pattern that is not a regular expression and number limits on text", () => {
    expect(brokenConstraint("x", { pattern: "([" })).toBeNull();
    expect(brokenConstraint("0", { minimum: 1 })).toBeNull();
  });
});
