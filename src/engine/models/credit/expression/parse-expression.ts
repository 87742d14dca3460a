import type { BinaryOperator, ExpressionFunction, ExpressionNode } from "./expression-ast";
import { FUNCTION_ARITY } from "./expression-ast";
import { ExpressionError } from "./expression-error";
import type { Token } from "./tokenize-expression";
import { tokenizeExpression } from "./tokenize-expression";

const COMPARISONS: Readonly<Record<string, BinaryOperator>> = {
  "<": "<",
  "<=": "<=",
  ">": ">",
  ">=": ">=",
  "=": "=",
  "==": "=",
  "!=": "!=",
  "<>": "!=",
};

function isFunction(name: string): name is ExpressionFunction {
  return Object.prototype.hasOwnProperty.call(FUNCTION_ARITY, name);
}

function unexpected(token: Token): ExpressionError {
  if (token.type === "end") {
    return new ExpressionError("unexpected-end", token.pos, {
      "en-US": `unexpected end of expression at ${token.pos}`,
      "zh-CN": `表达式在第 ${token.pos} 个字符处意外结束`,
    });
  }
  return new ExpressionError("unexpected-token", token.pos, {
    "en-US": `unexpected '${token.text}' at ${token.pos}`,
    "zh-CN": `第 ${token.pos} 个字符处出现意外的“${token.text}”`,
  });
}

/**
 * Parses an indicator expression (numbers, field names, + - * /, comparisons, unary minus,
 * parentheses, min/max/abs/if, null) into a tree, by recursive descent; it is never evaluated as
 * JavaScript. Throws ExpressionError naming the position, e.g. "unexpected ')' at 7".
 *
 * Grammar, loosest first:
 *   comparison := additive (("<" | "<=" | ">" | ">=" | "=" | "==" | "!=" | "<>") additive)?
 *   additive   := term (("+" | "-") term)*
 *   term       := unary (("*" | "/") unary)*
 *   unary      := ("-" | "+") unary | primary
 *   primary    := number | "null" | name | function "(" comparison ("," comparison)* ")" | "(" comparison ")"
 */
export function parseExpression(source: string): ExpressionNode {
  const tokens = tokenizeExpression(source);
  let at = 0;
  const peek = (): Token => tokens[at];
  const next = (): Token => tokens[at++];
  const expect = (type: Token["type"]): Token => {
    const token = next();
    if (token.type !== type) throw unexpected(token);
    return token;
  };

  const comparison = (): ExpressionNode => {
    const left = additive();
    const token = peek();
    const op = token.type === "operator" ? COMPARISONS[token.text] : undefined;
    if (!op) return left;
    next();
    return { kind: "binary", op, left, right: additive(), pos: token.pos };
  };

  const additive = (): ExpressionNode => {
    let left = term();
    for (
      let token = peek();
      token.type === "operator" && (token.text === "+" || token.text === "-");
      token = peek()
    ) {
      next();
      left = {
        kind: "binary",
        op: token.text === "+" ? "+" : "-",
        left,
        right: term(),
        pos: token.pos,
      };
    }
    return left;
  };

  const term = (): ExpressionNode => {
    let left = unary();
    for (
      let token = peek();
      token.type === "operator" && (token.text === "*" || token.text === "/");
      token = peek()
    ) {
      next();
      left = {
        kind: "binary",
        op: token.text === "*" ? "*" : "/",
        left,
        right: unary(),
        pos: token.pos,
      };
    }
    return left;
  };

  const unary = (): ExpressionNode => {
    const token = peek();
    if (token.type === "operator" && (token.text === "-" || token.text === "+")) {
      next();
      const operand = unary();
      return token.text === "-" ? { kind: "negate", operand, pos: token.pos } : operand;
    }
    return primary();
  };

  const call = (fn: ExpressionFunction, token: Token): ExpressionNode => {
    expect("(");
    const args: ExpressionNode[] = [comparison()];
    while (peek().type === ",") {
      next();
      args.push(comparison());
    }
    expect(")");
    const [least, most] = FUNCTION_ARITY[fn];
    if (args.length < least || args.length > most) {
      const wanted = least === most ? String(least) : `at least ${least}`;
      const wantedZh = least === most ? String(least) : `至少 ${least}`;
      throw new ExpressionError("wrong-arity", token.pos, {
        "en-US": `${fn}() takes ${wanted} argument${least === 1 && most === 1 ? "" : "s"}, not ${args.length}, at ${token.pos}`,
        "zh-CN": `第 ${token.pos} 个字符处：${fn}() 需要 ${wantedZh} 个参数，而不是 ${args.length} 个`,
      });
    }
    return { kind: "call", fn, args, pos: token.pos };
  };

  const primary = (): ExpressionNode => {
    const token = next();
    switch (token.type) {
      case "number": {
        const value = Number(token.text);
        if (!Number.isFinite(value)) {
          throw new ExpressionError("bad-number", token.pos, {
            "en-US": `number too large at ${token.pos}`,
            "zh-CN": `第 ${token.pos} 个字符处的数字过大`,
          });
        }
        return { kind: "number", value, pos: token.pos };
      }
      case "name":
        if (peek().type === "(") {
          if (!isFunction(token.text)) {
            throw new ExpressionError("unknown-function", token.pos, {
              "en-US": `unknown function '${token.text}' at ${token.pos}`,
              "zh-CN": `第 ${token.pos} 个字符处有未知函数“${token.text}”`,
            });
          }
          return call(token.text, token);
        }
        return token.text === "null"
          ? { kind: "null", pos: token.pos }
          : { kind: "name", name: token.text, pos: token.pos };
      case "(": {
        const inner = comparison();
        expect(")");
        return inner;
      }
      default:
        throw unexpected(token);
    }
  };

  const tree = comparison();
  expect("end");
  return tree;
}
