import { ExpressionError } from "./expression-error";

export type TokenType = "number" | "name" | "operator" | "(" | ")" | "," | "end";

export interface Token {
  type: TokenType;
  /** The text as written (for names: lower-cased, since field ids and functions ignore case). */
  text: string;
  /** 1-based character position of the token's first character. */
  pos: number;
}

const OPERATORS = ["<=", ">=", "==", "!=", "<>", "+", "-", "*", "/", "<", ">", "="];
const NUMBER = /^(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?/;
const NAME = /^[A-Za-z_][A-Za-z0-9_]*/;

/**
 * Splits an indicator expression into tokens, ending with an "end" token. Throws ExpressionError
 * naming the position of any character the language does not know.
 */
export function tokenizeExpression(source: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < source.length) {
    const ch = source[i];
    if (/\s/.test(ch)) {
      i += 1;
      continue;
    }
    const rest = source.slice(i);
    const number = NUMBER.exec(rest);
    if (number) {
      tokens.push({ type: "number", text: number[0], pos: i + 1 });
      i += number[0].length;
      continue;
    }
    const name = NAME.exec(rest);
    if (name) {
      tokens.push({ type: "name", text: name[0].toLowerCase(), pos: i + 1 });
      i += name[0].length;
      continue;
    }
    if (ch === "(" || ch === ")" || ch === ",") {
      tokens.push({ type: ch, text: ch, pos: i + 1 });
      i += 1;
      continue;
    }
    const op = OPERATORS.find((o) => rest.startsWith(o));
    if (op) {
      tokens.push({ type: "operator", text: op, pos: i + 1 });
      i += op.length;
      continue;
    }
    throw new ExpressionError("unexpected-character", i + 1, {
      "en-US": `unexpected character '${ch}' at ${i + 1}`,
      "zh-CN": `第 ${i + 1} 个字符处有无法识别的字符“${ch}”`,
    });
  }
  tokens.push({ type: "end", text: "", pos: source.length + 1 });
  return tokens;
}
