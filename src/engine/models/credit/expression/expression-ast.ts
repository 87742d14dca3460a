/** The parsed form of an indicator expression. `pos` is the 1-based character position. */
export type ExpressionNode =
  | { kind: "number"; value: number; pos: number }
  | { kind: "null"; pos: number }
  | { kind: "name"; name: string; pos: number }
  | { kind: "negate"; operand: ExpressionNode; pos: number }
  | { kind: "binary"; op: BinaryOperator; left: ExpressionNode; right: ExpressionNode; pos: number }
  | { kind: "call"; fn: ExpressionFunction; args: ExpressionNode[]; pos: number };

export type BinaryOperator = "+" | "-" | "*" | "/" | "<" | "<=" | ">" | ">=" | "=" | "!=";

export type ExpressionFunction = "min" | "max" | "abs" | "if";

/** How many arguments each function takes: [at least, at most]. */
export const FUNCTION_ARITY: Readonly<Record<ExpressionFunction, readonly [number, number]>> = {
  min: [1, Infinity],
  max: [1, Infinity],
  abs: [1, 1],
  if: [3, 3],
};
