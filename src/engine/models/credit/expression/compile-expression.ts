import type { BinaryOperator, ExpressionNode } from "./expression-ast";
import type { InputReader } from "./input-reader";

function finite(value: number): number | null {
  return Number.isFinite(value) ? value : null;
}

/** Each operator on two numbers that are there (null operands were handled before). */
const OPERATIONS: Readonly<Record<BinaryOperator, (left: number, right: number) => number | null>> =
  {
    "+": (left, right) => finite(left + right),
    "-": (left, right) => finite(left - right),
    "*": (left, right) => finite(left * right),
    "/": (left, right) => (right === 0 ? null : finite(left / right)),
    "<": (left, right) => (left < right ? 1 : 0),
    "<=": (left, right) => (left <= right ? 1 : 0),
    ">": (left, right) => (left > right ? 1 : 0),
    ">=": (left, right) => (left >= right ? 1 : 0),
    "=": (left, right) => (left === right ? 1 : 0),
    "!=": (left, right) => (left !== right ? 1 : 0),
  };

const NO_DATA: InputReader = () => null;

/**
 * Turns a parsed expression into a function of (customer, as-of date), once per scorecard, so
 * that scoring a customer walks no tree and looks up no name: each name is resolved here by
 * `resolve` (a name it does not know reads as null). Null means "no data" and propagates: any
 * missing input, and any division by zero or by null, gives null, never Infinity or NaN
 * (domain.md §8: a ratio with a zero or missing denominator has no data). Comparisons give 1 or
 * 0; `if(c, a, b)` evaluates only the branch it takes, and gives null when c is null. Built from
 * closures, never from JavaScript source.
 */
export function compileExpression(
  node: ExpressionNode,
  resolve: (name: string) => InputReader | undefined
): InputReader {
  const compile = (n: ExpressionNode): InputReader => compileExpression(n, resolve);
  switch (node.kind) {
    case "number": {
      const value = node.value;
      return () => value;
    }
    case "null":
      return NO_DATA;
    case "name": {
      const read = resolve(node.name);
      if (!read) return NO_DATA;
      return (customer, asOf) => {
        const value = read(customer, asOf);
        return value === null || value === undefined ? null : finite(value);
      };
    }
    case "negate": {
      const operand = compile(node.operand);
      return (customer, asOf) => {
        const value = operand(customer, asOf);
        return value === null ? null : -value;
      };
    }
    case "binary": {
      const left = compile(node.left);
      const right = compile(node.right);
      const operation = OPERATIONS[node.op];
      return (customer, asOf) => {
        const l = left(customer, asOf);
        const r = right(customer, asOf);
        return l === null || r === null ? null : operation(l, r);
      };
    }
    case "call": {
      const args = node.args.map(compile);
      if (node.fn === "if") {
        const [condition, whenTrue, whenFalse] = args;
        return (customer, asOf) => {
          const c = condition(customer, asOf);
          if (c === null) return null;
          return c !== 0 ? whenTrue(customer, asOf) : whenFalse(customer, asOf);
        };
      }
      if (node.fn === "abs") {
        const [operand] = args;
        return (customer, asOf) => {
          const value = operand(customer, asOf);
          return value === null ? null : Math.abs(value);
        };
      }
      const pick = node.fn === "min" ? Math.min : Math.max;
      return (customer, asOf) => {
        let result: number | null = null;
        for (const arg of args) {
          const value = arg(customer, asOf);
          if (value === null) return null;
          result = result === null ? value : pick(result, value);
        }
        return result;
      };
    }
  }
}
