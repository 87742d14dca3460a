import { expressionFields } from "./expression-fields";
import { parseExpression } from "./parse-expression";

describe("expressionFields", () => {
  it("lists each name once, in order of first use, through every kind of node", () => {
    const tree = parseExpression("if(b > 0, -(a + b) / c, max(d, abs(a), null, 2))");
    expect(expressionFields(tree)).toEqual(["b", "a", "c", "d"]);
  });

  it("gives nothing for a constant", () => {
    expect(expressionFields(parseExpression("1 + 2"))).toEqual([]);
  });
});
