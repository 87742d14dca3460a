import type { BinaryOperator, ExpressionNode } from "../models/credit/expression/expression-ast";
import { sqlNumber } from "./sql-literal";

const NULL_NUMBER = "CAST(NULL AS DOUBLE PRECISION)";

const COMPARISONS: Partial<Record<BinaryOperator, string>> = {
  "<": "<",
  "<=": "<=",
  ">": ">",
  ">=": ">=",
  "=": "=",
  "!=": "<>",
};

/**
 * An indicator expression (models/credit/expression) as a SQL expression with the engine's
 * meaning: null is "no data" and propagates, as SQL's NULL does; a division by zero is no data
 * (NULLIF, never Infinity or an error); a comparison is 1 or 0 (null with a null side); `if`
 * is null when its condition is; min and max are null when any argument is (SQL's LEAST and
 * GREATEST skip nulls, so they are guarded). `column(name)` gives the SQL for a name the
 * expression reads; a name it does not know reads as null, as in the engine.
 */
export function expressionSql(
  node: ExpressionNode,
  column: (name: string) => string | undefined
): string {
  const sql = (n: ExpressionNode): string => expressionSql(n, column);
  switch (node.kind) {
    case "number":
      return sqlNumber(node.value);
    case "null":
      return NULL_NUMBER;
    case "name":
      return column(node.name) ?? NULL_NUMBER;
    case "negate":
      return `(- ${sql(node.operand)})`;
    case "binary": {
      const left = sql(node.left);
      const right = sql(node.right);
      const comparison = COMPARISONS[node.op];
      if (comparison) {
        return `CAST(CAST(${left} ${comparison} ${right} AS INTEGER) AS DOUBLE PRECISION)`;
      }
      if (node.op === "/") return `(${left} / NULLIF(${right}, 0))`;
      return `(${left} ${node.op} ${right})`;
    }
    case "call": {
      const args = node.args.map(sql);
      if (node.fn === "if") {
        const [condition, whenTrue, whenFalse] = args;
        return `(CASE WHEN ${condition} IS NULL THEN ${NULL_NUMBER} WHEN ${condition} <> 0 THEN ${whenTrue} ELSE ${whenFalse} END)`;
      }
      if (node.fn === "abs") return `abs(${args[0]})`;
      if (args.length === 1) return args[0];
      const anyNull = args.map((a) => `${a} IS NULL`).join(" OR ");
      const pick = node.fn === "min" ? "LEAST" : "GREATEST";
      return `(CASE WHEN ${anyNull} THEN ${NULL_NUMBER} ELSE ${pick}(${args.join(", ")}) END)`;
    }
  }
}
