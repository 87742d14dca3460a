import { ExpressionError } from "./expression-error";
import { MAX_EXPRESSION_LENGTH, parseExpression } from "./parse-expression";
import { compileExpression } from "./compile-expression";
import { expressionFields } from "./expression-fields";
import type { ExpressionNode } from "./expression-ast";

/** Writes a tree back with full parentheses, to pin precedence and associativity. */
function show(node: ExpressionNode): string {
  switch (node.kind) {
    case "number":
      return String(node.value);
    case "null":
      return "null";
    case "name":
      return node.name;
    case "negate":
      return `(-${show(node.operand)})`;
    case "binary":
      return `(${show(node.left)} ${node.op} ${show(node.right)})`;
    case "call":
      return `${node.fn}(${node.args.map(show).join(", ")})`;
  }
}

function errorOf(source: string): ExpressionError {
  try {
    parseExpression(source);
  } catch (e) {
    if (e instanceof ExpressionError) return e;
    throw e;
  }
  throw new Error(`no error for ${source}`);
}

describe("parseExpression", () => {
  it("gives * and / precedence over + and -, all left-associative", () => {
    expect(show(parseExpression("a - b - c * d / e"))).toBe("((a - b) - ((c * d) / e))");
  });

  it("binds unary minus tighter than multiplication and lets parentheses override", () => {
    expect(show(parseExpression("-a * (b + c)"))).toBe("((-a) * (b + c))");
    expect(show(parseExpression("--2"))).toBe("(-(-2))");
    expect(show(parseExpression("+a"))).toBe("a");
  });

  it("puts comparisons below arithmetic and spells = and <> as their canonical forms", () => {
    expect(show(parseExpression("a + 1 == b * 2"))).toBe("((a + 1) = (b * 2))");
    expect(show(parseExpression("a <> b"))).toBe("(a != b)");
  });

  it("parses functions, ignoring case, and the null literal", () => {
    expect(show(parseExpression("IF(sales_amount > 0, MIN(a, b, 3), NULL)"))).toBe(
      "if((sales_amount > 0), min(a, b, 3), null)"
    );
    expect(show(parseExpression("abs(-x)"))).toBe("abs((-x))");
  });

  it("reads the default indicator formulas", () => {
    expect(show(parseExpression("(revenue - revenue_prev) / revenue_prev"))).toBe(
      "((revenue - revenue_prev) / revenue_prev)"
    );
  });

  it("names the position of an unexpected token", () => {
    const error = errorOf("(a + b))");
    expect(error.message).toBe("unexpected ')' at 8");
    expect(error.position).toBe(8);
    expect(error.code).toBe("unexpected-token");
    expect(error.localized["zh-CN"]).toContain("第 8 个字符");
    expect(errorOf("a b").message).toBe("unexpected 'b' at 3");
    expect(errorOf("a + * b").message).toBe("unexpected '*' at 5");
    expect(errorOf("a < b < c").message).toBe("unexpected '<' at 7");
  });

  it("reports an expression that stops short", () => {
    expect(errorOf("(a + b").message).toBe("unexpected end of expression at 7");
    expect(errorOf("").code).toBe("unexpected-end");
  });

  it("refuses unknown functions and wrong argument counts", () => {
    expect(errorOf("x + sqrt(a)").message).toBe("unknown function 'sqrt' at 5");
    expect(errorOf("abs(a, b)").code).toBe("wrong-arity");
    expect(errorOf("if(a, b)").message).toBe("if() takes 3 arguments, not 2, at 1");
    expect(() => parseExpression("min(a)")).not.toThrow();
  });

  it("refuses numbers beyond double range", () => {
    expect(errorOf("1e999").code).toBe("bad-number");
  });

  it("refuses an expression past the length cap with a message in both languages, not a RangeError", () => {
    const flat = Array.from({ length: 4000 }, () => "a").join(" + ");
    const error = errorOf(flat);
    expect(error.code).toBe("too-long");
    expect(error.message).toBe(
      `the expression is ${flat.length} characters long; at most ${MAX_EXPRESSION_LENGTH} are allowed`
    );
    expect(error.localized["zh-CN"]).toContain(`最多允许 ${MAX_EXPRESSION_LENGTH} 个`);
  });

  it("parses the deepest nesting the cap allows, and the tree compiles and evaluates", () => {
    const depth = (MAX_EXPRESSION_LENGTH - 1) / 2;
    const nested = "(".repeat(depth) + "1" + ")".repeat(depth);
    expect(nested.length).toBeLessThanOrEqual(MAX_EXPRESSION_LENGTH);
    expect(show(parseExpression(nested))).toBe("1");
    const negations = "-".repeat(MAX_EXPRESSION_LENGTH - 1) + "x";
    const tree = parseExpression(negations);
    expect(expressionFields(tree)).toEqual(["x"]);
    const read = compileExpression(tree, () => () => 2);
    expect(read({} as never, 0 as never)).toBe(-2);
    const calls = "abs(".repeat(199) + "x" + ")".repeat(199);
    expect(expressionFields(parseExpression(calls))).toEqual(["x"]);
  });

  it("keeps precedence and positions in long flat chains", () => {
    const tree = parseExpression("a + b * c - d / e < f * -g");
    expect(show(tree)).toBe("(((a + (b * c)) - (d / e)) < (f * (-g)))");
    expect(tree.pos).toBe(19);
    expect(errorOf("min(a, (b, c))").message).toBe("unexpected ',' at 10");
    expect(errorOf("min()").message).toBe("unexpected ')' at 5");
    expect(errorOf("foo(1)").code).toBe("unknown-function");
    expect(errorOf("a)").message).toBe("unexpected ')' at 2");
    expect(errorOf("abs(a").code).toBe("unexpected-end");
  });
});
