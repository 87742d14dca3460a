import type { Localized } from "../../i18n/lang";

/** The longest pattern a template may hold; a field's format is a line, not a program. */
export const MAX_PATTERN_LENGTH = 500;

/** What one open group has seen so far. */
interface Group {
  /** A quantifier that can match different counts (*, +, ?, {n,m} with n < m) inside it. */
  variable: boolean;
  alternation: boolean;
}

const refuse = (zh: string, en: string): Localized => ({ "zh-CN": zh, "en-US": en });

/**
 * Why a template pattern cannot run in time on every cell, or null when it can. JavaScript's
 * regular expressions backtrack: `(a+)+$` on 41 "a"s and a "!" took 45 s, and longer ids never
 * finished. So a pattern must keep to a vetted subset in which backtracking stays linear in the
 * text: no backreferences and no lookarounds (which need backtracking to mean anything), and no
 * group repeated by *, +, {n,} or {n,m} that holds a quantifier of varying count or an alternation
 * (nested quantifiers, the source of exponential time); character classes, fixed counts, optional
 * groups and plain alternation stay allowed, which covers ids, codes, phones and emails. The pattern
 * is read with a stack of its own, so no nesting can exhaust the call stack.
 */
export function patternProblem(pattern: string): Localized | null {
  if (pattern.length > MAX_PATTERN_LENGTH) {
    return refuse(
      `格式长 ${pattern.length} 个字符，最多允许 ${MAX_PATTERN_LENGTH} 个`,
      `the pattern is ${pattern.length} characters long; at most ${MAX_PATTERN_LENGTH} are allowed`
    );
  }
  const groups: Group[] = [{ variable: false, alternation: false }];
  // What the next quantifier would apply to: a single atom, a closed group, or nothing.
  let last: Group | "atom" | null = null;
  let i = 0;
  while (i < pattern.length) {
    const ch = pattern[i];
    const top = groups[groups.length - 1];
    if (ch === "\\") {
      const next = pattern[i + 1] ?? "";
      if (/[1-9]/.test(next) || next === "k") {
        return refuse(
          `第 ${i + 1} 个字符处有反向引用“\\${next}”，不能保证在限定时间内匹配`,
          `the backreference '\\${next}' at ${i + 1} cannot be matched in bounded time`
        );
      }
      // \p{...}, \u{...}: the braces belong to the escape, not a count.
      const braces = (next === "p" || next === "P" || next === "u") && pattern[i + 2] === "{";
      i += braces ? pattern.indexOf("}", i) + 1 || pattern.length : 2;
      last = "atom";
      continue;
    }
    if (ch === "[") {
      let j = i + 1;
      if (pattern[j] === "^") j++;
      if (pattern[j] === "]") j++;
      while (j < pattern.length && pattern[j] !== "]") j += pattern[j] === "\\" ? 2 : 1;
      i = j + 1;
      last = "atom";
      continue;
    }
    if (ch === "(") {
      if (pattern[i + 1] === "?") {
        const kind = pattern.slice(i + 2, i + 4);
        if (kind[0] === "=" || kind[0] === "!" || kind === "<=" || kind === "<!") {
          return refuse(
            `第 ${i + 1} 个字符处有先行或后行断言“(?${kind[0] === "<" ? kind : kind[0]}”，不能保证在限定时间内匹配`,
            `the lookaround '(?${kind[0] === "<" ? kind : kind[0]}' at ${i + 1} cannot be matched in bounded time`
          );
        }
      }
      groups.push({ variable: false, alternation: false });
      if (pattern[i + 1] !== "?") i += 1;
      else if (pattern[i + 2] !== "<") i += 3;
      else i = pattern.indexOf(">", i) + 1 || pattern.length;
      last = null;
      continue;
    }
    if (ch === ")") {
      if (groups.length > 1) {
        const closed = groups.pop() as Group;
        const parent = groups[groups.length - 1];
        parent.variable ||= closed.variable;
        parent.alternation ||= closed.alternation;
        last = closed;
      }
      i += 1;
      continue;
    }
    if (ch === "|") {
      top.alternation = true;
      last = null;
      i += 1;
      continue;
    }
    const quantifier = /^(?:[*+?]|\{(\d+)(?:(,)(\d*))?\})/.exec(pattern.slice(i, i + 24));
    if (quantifier && last !== null) {
      const [text, lo, comma, hi] = quantifier;
      const bounded = lo !== undefined;
      const most = !bounded
        ? text === "?"
          ? 1
          : Infinity
        : comma === undefined
          ? Number(lo)
          : hi === ""
            ? Infinity
            : Number(hi);
      const repeats = most > 1;
      const variable = !bounded || (comma !== undefined && hi !== lo);
      if (repeats && last !== "atom" && (last.variable || last.alternation)) {
        const what = last.variable
          ? refuse("嵌套的量词", "nested quantifiers")
          : refuse("重复的分支", "a repeated alternation");
        return refuse(
          `第 ${i + 1} 个字符处的“${text}”重复了一个含${what["zh-CN"]}的分组（如 (a+)+），匹配时间可能呈指数增长；请改用字符类或固定次数`,
          `'${text}' at ${i + 1} repeats a group with ${what["en-US"]} (like (a+)+), which can take exponential time; use a character class or a fixed count instead`
        );
      }
      if (variable) top.variable = true;
      i += text.length;
      if (pattern[i] === "?") i += 1;
      last = null;
      continue;
    }
    last = "atom";
    i += 1;
  }
  return null;
}
