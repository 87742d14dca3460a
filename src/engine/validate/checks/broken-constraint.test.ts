import { brokenConstraint, hasValueConstraint, onlyNumberLimits } from "./broken-constraint";

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
  it("counts lengths in code points: a character outside the BMP is one, a lone surrogate one", () => {
    expect(brokenConstraint("𠀀a", { maxLength: 2 })).toBeNull();
    expect(brokenConstraint("𠀀a\ud800", { maxLength: 2 })).toEqual({
      constraint: "maxLength",
      limit: 2,
    });
    expect(brokenConstraint("\udc00\ud800", { minLength: 2, maxLength: 2 })).toBeNull();
  });
  it("gives the same answer for a pattern every time (it is compiled once)", () => {
    expect(brokenConstraint("a1", { pattern: "a\\d" })).toBeNull();
    expect(brokenConstraint("b1", { pattern: "a\\d" })).toEqual({
      constraint: "pattern",
      limit: "a\\d",
    });
    expect(brokenConstraint("a2", { pattern: "a\\d" })).toBeNull();
  });
});

describe("hasValueConstraint and onlyNumberLimits", () => {
  it("tell which constraints brokenConstraint checks, and whether only on numbers", () => {
    expect(hasValueConstraint({ required: true, unique: true })).toBe(false);
    expect(hasValueConstraint({ minimum: 0 })).toBe(true);
    expect(hasValueConstraint({ pattern: "x" })).toBe(true);
    expect(onlyNumberLimits({ minimum: 0, maximum: 5, required: true })).toBe(true);
    expect(onlyNumberLimits({ minimum: 0, enum: ["a"] })).toBe(false);
    expect(onlyNumberLimits({ maxLength: 3 })).toBe(false);
  });
  it("never runs a pattern that could backtrack for minutes (the template loader refuses it)", () => {
    // 60 "a"s and a "!" would take hours with (a+)+$ on a backtracking engine.
    expect(brokenConstraint("a".repeat(60) + "!", { pattern: "(a+)+$" })).toBeNull();
  });
});
