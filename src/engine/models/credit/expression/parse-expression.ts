import type { BinaryOperator, ExpressionFunction, ExpressionNode } from "./expression-ast";
import { FUNCTION_ARITY } from "./expression-ast";
import { ExpressionError } from "./expression-error";
import type { Token } from "./tokenize-expression";
import { tokenizeExpression } from "./tokenize-expression";

/**
 * The longest expression a scorecard may hold. A real indicator is a line or two; the cap keeps the
 * trees that compiling and explaining walk (recursively) shallow, whatever a settings file holds.
 */
export const MAX_EXPRESSION_LENGTH = 1000;

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

/** How tightly each operator binds; unary minus binds tightest. */
const PRECEDENCE = { comparison: 1, additive: 2, term: 3, unary: 4 } as const;

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

function tooLong(length: number): ExpressionError {
  return new ExpressionError("too-long", MAX_EXPRESSION_LENGTH + 1, {
    "en-US": `the expression is ${length} characters long; at most ${MAX_EXPRESSION_LENGTH} are allowed`,
    "zh-CN": `表达式长 ${length} 个字符，最多允许 ${MAX_EXPRESSION_LENGTH} 个`,
  });
}

interface PendingOperator {
  op: BinaryOperator | "negate";
  precedence: number;
  pos: number;
}

/** One nesting level: the whole expression, a parenthesis, or a function call's arguments. */
interface Frame {
  kind: "top" | "paren" | "call";
  operands: ExpressionNode[];
  operators: PendingOperator[];
  hasComparison: boolean;
  /** For a call: its function, the name's token, and the arguments finished so far. */
  fn?: ExpressionFunction;
  token?: Token;
  args: ExpressionNode[];
}

const frame = (kind: Frame["kind"], fn?: ExpressionFunction, token?: Token): Frame => ({
  kind,
  operands: [],
  operators: [],
  hasComparison: false,
  fn,
  token,
  args: [],
});

function reduceOne(f: Frame): void {
  const top = f.operators.pop() as PendingOperator;
  const right = f.operands.pop() as ExpressionNode;
  if (top.op === "negate") {
    f.operands.push({ kind: "negate", operand: right, pos: top.pos });
    return;
  }
  const left = f.operands.pop() as ExpressionNode;
  f.operands.push({ kind: "binary", op: top.op, left, right, pos: top.pos });
}

/** Reduces every pending operator binding at least as tightly as `precedence`, leaving the rest. */
function reduceTo(f: Frame, precedence: number): void {
  while (f.operators.length > 0 && f.operators[f.operators.length - 1].precedence >= precedence)
    reduceOne(f);
}

/** The frame's finished expression (its operands were checked complete by the token order). */
function finish(f: Frame): ExpressionNode {
  reduceTo(f, 0);
  return f.operands[0];
}

function checkArity(fn: ExpressionFunction, token: Token, count: number): void {
  const [least, most] = FUNCTION_ARITY[fn];
  if (count >= least && count <= most) return;
  const wanted = least === most ? String(least) : `at least ${least}`;
  const wantedZh = least === most ? String(least) : `至少 ${least}`;
  throw new ExpressionError("wrong-arity", token.pos, {
    "en-US": `${fn}() takes ${wanted} argument${least === 1 && most === 1 ? "" : "s"}, not ${count}, at ${token.pos}`,
    "zh-CN": `第 ${token.pos} 个字符处：${fn}() 需要 ${wantedZh} 个参数，而不是 ${count} 个`,
  });
}

/**
 * Parses an indicator expression (numbers, field names, + - * /, comparisons, unary minus,
 * parentheses, min/max/abs/if, null) into a tree; it is never evaluated as JavaScript. Throws
 * ExpressionError naming the position, e.g. "unexpected ')' at 7", or the length past
 * MAX_EXPRESSION_LENGTH.
 *
 * Grammar, loosest first:
 *   comparison := additive (("<" | "<=" | ">" | ">=" | "=" | "==" | "!=" | "<>") additive)?
 *   additive   := term (("+" | "-") term)*
 *   term       := unary (("*" | "/") unary)*
 *   unary      := ("-" | "+") unary | primary
 *   primary    := number | "null" | name | function "(" comparison ("," comparison)* ")" | "(" comparison ")"
 *
 * It runs by operator precedence over explicit stacks rather than by recursive descent, so no
 * nesting or length of input can exhaust the call stack (a settings file is input like any other).
 */
export function parseExpression(source: string): ExpressionNode {
  if (source.length > MAX_EXPRESSION_LENGTH) throw tooLong(source.length);
  const tokens = tokenizeExpression(source);
  const frames: Frame[] = [frame("top")];
  let expectOperand = true;
  for (let at = 0; ; at++) {
    const token = tokens[at];
    const f = frames[frames.length - 1];
    if (expectOperand) {
      switch (token.type) {
        case "operator":
          if (token.text === "-") {
            f.operators.push({ op: "negate", precedence: PRECEDENCE.unary, pos: token.pos });
            continue;
          }
          if (token.text === "+") continue;
          throw unexpected(token);
        case "number": {
          const value = Number(token.text);
          if (!Number.isFinite(value)) {
            throw new ExpressionError("bad-number", token.pos, {
              "en-US": `number too large at ${token.pos}`,
              "zh-CN": `第 ${token.pos} 个字符处的数字过大`,
            });
          }
          f.operands.push({ kind: "number", value, pos: token.pos });
          expectOperand = false;
          continue;
        }
        case "name":
          if (tokens[at + 1].type === "(") {
            if (!isFunction(token.text)) {
              throw new ExpressionError("unknown-function", token.pos, {
                "en-US": `unknown function '${token.text}' at ${token.pos}`,
                "zh-CN": `第 ${token.pos} 个字符处有未知函数“${token.text}”`,
              });
            }
            frames.push(frame("call", token.text, token));
            at++;
            continue;
          }
          f.operands.push(
            token.text === "null"
              ? { kind: "null", pos: token.pos }
              : { kind: "name", name: token.text, pos: token.pos }
          );
          expectOperand = false;
          continue;
        case "(":
          frames.push(frame("paren"));
          continue;
        default:
          throw unexpected(token);
      }
    }
    if (token.type === "operator") {
      const comparison = COMPARISONS[token.text];
      if (comparison) {
        // A comparison is not associative: "a < b < c" stops at the second one.
        if (f.hasComparison) throw unexpected(token);
        reduceTo(f, PRECEDENCE.comparison);
        f.operators.push({ op: comparison, precedence: PRECEDENCE.comparison, pos: token.pos });
        f.hasComparison = true;
      } else {
        const op = token.text as "+" | "-" | "*" | "/";
        const precedence = op === "+" || op === "-" ? PRECEDENCE.additive : PRECEDENCE.term;
        reduceTo(f, precedence);
        f.operators.push({ op, precedence, pos: token.pos });
      }
      expectOperand = true;
      continue;
    }
    if (token.type === "," && f.kind === "call") {
      f.args.push(finish(f));
      Object.assign(f, { operands: [], operators: [], hasComparison: false });
      expectOperand = true;
      continue;
    }
    if (token.type === ")" && f.kind !== "top") {
      frames.pop();
      const inner = finish(f);
      let node = inner;
      if (f.kind === "call") {
        const fn = f.fn as ExpressionFunction;
        const nameToken = f.token as Token;
        const args = [...f.args, inner];
        checkArity(fn, nameToken, args.length);
        node = { kind: "call", fn, args, pos: nameToken.pos };
      }
      frames[frames.length - 1].operands.push(node);
      continue;
    }
    if (token.type === "end" && f.kind === "top") return finish(f);
    throw unexpected(token);
  }
}
