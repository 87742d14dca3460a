import type { ExpressionNode } from "./expression-ast";

/**
 * The names an expression reads, each once, in order of first appearance (so a validation message
 * can name the first unknown one the user wrote). Walks with a stack of its own, left to right.
 */
export function expressionFields(node: ExpressionNode): string[] {
  const seen = new Set<string>();
  const todo: ExpressionNode[] = [node];
  while (todo.length > 0) {
    const n = todo.pop() as ExpressionNode;
    switch (n.kind) {
      case "name":
        seen.add(n.name);
        break;
      case "negate":
        todo.push(n.operand);
        break;
      case "binary":
        todo.push(n.right, n.left);
        break;
      case "call":
        for (let i = n.args.length - 1; i >= 0; i--) todo.push(n.args[i]);
        break;
      default:
        break;
    }
  }
  return [...seen];
}
