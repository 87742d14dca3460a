import type { BinaryOperator, ExpressionNode } from "./expression-ast";

/** The values an expression may read, by (lower-case) name; null = no data. */
export type ExpressionInputs = Readonly<Record<string, number | null>>;

function finite(value: number): number | null {
  return Number.isFinite(value) ? value : null;
}

function applyOperator(op: BinaryOperator, left: number, right: number): number | null {
  switch (op) {
    case "+":
      return finite(left + right);
    case "-":
      return finite(left - right);
    case "*":
      return finite(left * right);
    case "/":
      return right === 0 ? null : finite(left / right);
    case "<":
      return left < right ? 1 : 0;
    case "<=":
      return left <= right ? 1 : 0;
    case ">":
      return left > right ? 1 : 0;
    case ">=":
      return left >= right ? 1 : 0;
    case "=":
      return left === right ? 1 : 0;
    case "!=":
      return left !== right ? 1 : 0;
  }
}

/**
 * Evaluates a parsed expression. Null means "no data" and propagates: any missing input, and any
 * division by zero or by null, gives null, never Infinity or NaN (domain.md §8: a ratio with a zero
 * or missing denominator has no data). Comparisons give 1 or 0; `if(c, a, b)` evaluates only the
 * branch it takes, and gives null when c is null. A name absent from `inputs` also reads as null:
 * validate expressions with expressionFields against the known names before scoring.
 */
export function evaluateExpression(node: ExpressionNode, inputs: ExpressionInputs): number | null {
  switch (node.kind) {
    case "number":
      return node.value;
    case "null":
      return null;
    case "name": {
      const value = Object.prototype.hasOwnProperty.call(inputs, node.name)
        ? inputs[node.name]
        : null;
      return value === null || value === undefined ? null : finite(value);
    }
    case "negate": {
      const value = evaluateExpression(node.operand, inputs);
      return value === null ? null : -value;
    }
    case "binary": {
      const left = evaluateExpression(node.left, inputs);
      const right = evaluateExpression(node.right, inputs);
      if (left === null || right === null) return null;
      return applyOperator(node.op, left, right);
    }
    case "call": {
      if (node.fn === "if") {
        const condition = evaluateExpression(node.args[0], inputs);
        if (condition === null) return null;
        return evaluateExpression(condition !== 0 ? node.args[1] : node.args[2], inputs);
      }
      const values = node.args.map((arg) => evaluateExpression(arg, inputs));
      if (values.some((v) => v === null)) return null;
      const numbers = values as number[];
      if (node.fn === "abs") return Math.abs(numbers[0]);
      return node.fn === "min" ? Math.min(...numbers) : Math.max(...numbers);
    }
  }
}
