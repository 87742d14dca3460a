import { blankCustomer, day } from "../test-customers";
import { compileExpression } from "./compile-expression";
import { parseExpression } from "./parse-expression";

const customer = blankCustomer("c1");
const asOf = day("2024-12-31");

/** Compiles `source` with each name of `inputs` read as its value, and runs it once. */
const run = (source: string, inputs: Record<string, number | null> = {}): number | null =>
  compileExpression(parseExpression(source), (name) =>
    Object.prototype.hasOwnProperty.call(inputs, name) ? () => inputs[name] : undefined
  )(customer, asOf);

describe("compileExpression", () => {
  it("does arithmetic with precedence", () => {
    expect(run("1 + 2 * 3 - 4 / 2")).toBe(5);
    expect(run("-(2 - 5)")).toBe(3);
    expect(run("(a - b) / b", { a: 120, b: 100 })).toBeCloseTo(0.2, 12);
  });

  it("gives null for a missing input, and null propagates", () => {
    expect(run("a + 1", { a: null })).toBeNull();
    expect(run("a + 1", {})).toBeNull();
    expect(run("-a", { a: null })).toBeNull();
    expect(run("min(a, 2)", { a: null })).toBeNull();
  });

  it("gives null, never Infinity, for division by zero or by null", () => {
    expect(run("1 / 0")).toBeNull();
    expect(run("a / b", { a: 5, b: 0 })).toBeNull();
    expect(run("0 / 0")).toBeNull();
    expect(run("a / b", { a: 5, b: null })).toBeNull();
  });

  it("gives null when a result overflows", () => {
    expect(run("1e300 * 1e300")).toBeNull();
  });

  it("computes min, max and abs", () => {
    expect(run("min(3, 1, 2)")).toBe(1);
    expect(run("max(3, 1, 2)")).toBe(3);
    expect(run("abs(0 - 4)")).toBe(4);
  });

  it("compares to 1 or 0", () => {
    expect([run("1 < 2"), run("2 < 2"), run("2 <= 2"), run("3 > 2"), run("2 >= 3")]).toEqual([
      1, 0, 1, 1, 0,
    ]);
    expect([run("2 = 2"), run("2 != 2"), run("2 <> 3")]).toEqual([1, 0, 1]);
    expect(run("a > 0", { a: null })).toBeNull();
  });

  it("takes only the branch if() chooses, and gives null for a null condition", () => {
    expect(run("if(s > 0, r / s, 7)", { s: 0, r: 1 })).toBe(7);
    expect(run("if(s > 0, r / s, null)", { s: 4, r: 1 })).toBe(0.25);
    expect(run("if(s > 0, r / s, null)", { s: 0, r: 1 })).toBeNull();
    expect(run("if(s, 1, 2)", { s: null })).toBeNull();
  });

  it("reads a name its resolver does not know as null", () => {
    expect(run("constructor + 1", {})).toBeNull();
  });

  it("gives null for an input that is not finite", () => {
    expect(run("a", { a: Infinity })).toBeNull();
    expect(run("a * 0", { a: NaN })).toBeNull();
  });

  it("resolves each name once, when compiled, not each time it runs", () => {
    const resolved: string[] = [];
    const evaluate = compileExpression(parseExpression("a + a * b"), (name) => {
      resolved.push(name);
      return () => 2;
    });
    expect([evaluate(customer, asOf), evaluate(customer, asOf)]).toEqual([6, 6]);
    expect(resolved).toEqual(["a", "a", "b"]);
  });
});
