import type { ExpressionNode } from "./expression-ast";

/**
 * The names an expression reads, each once, in order of first appearance (so a validation message
 * can name the first unknown one the user wrote).
 */
export function expressionFields(node: ExpressionNode): string[] {
  const seen: string[] = [];
  const walk = (n: ExpressionNode): void => {
    switch (n.kind) {
      case "name":
        if (!seen.includes(n.name)) seen.push(n.name);
        return;
      case "negate":
        walk(n.operand);
        return;
      case "binary":
        walk(n.left);
        walk(n.right);
        return;
      case "call":
        n.args.forEach(walk);
        return;
      default:
        return;
    }
  };
  walk(node);
  return seen;
}
