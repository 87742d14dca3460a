import { tokenizeExpression } from "./tokenize-expression";

describe("tokenizeExpression", () => {
  it("splits numbers, names, operators and punctuation with 1-based positions", () => {
    const tokens = tokenizeExpression("max(A_1, .5e1) <= 2");
    expect(tokens.map((t) => [t.type, t.text, t.pos])).toEqual([
      ["name", "max", 1],
      ["(", "(", 4],
      ["name", "a_1", 5],
      [",", ",", 8],
      ["number", ".5e1", 10],
      [")", ")", 14],
      ["operator", "<=", 16],
      ["number", "2", 19],
      ["end", "", 20],
    ]);
  });

  it("reads two-character operators before one-character ones", () => {
    expect(
      tokenizeExpression("a<>b!=c>=d")
        .filter((t) => t.type === "operator")
        .map((t) => t.text)
    ).toEqual(["<>", "!=", ">="]);
  });

  it("names the position of an unknown character", () => {
    expect(() => tokenizeExpression("a + #b")).toThrow("unexpected character '#' at 5");
  });
});
