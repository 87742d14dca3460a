import type { FieldValue } from "../../table/table";
import type { FieldConstraints } from "../../template/types";
import { patternProblem } from "../../template/safe-pattern";

/** A constraint a value breaks: which one and its limit (an enum's values joined with "|"). */
export interface BrokenConstraint {
  constraint: "enum" | "minimum" | "maximum" | "minLength" | "maxLength" | "pattern";
  limit: string | number;
}

// Each pattern is compiled once, not once per cell; null for a pattern that does not compile.
const compiled = new Map<string, RegExp | null>();

function fullMatch(pattern: string, text: string): boolean | null {
  let re = compiled.get(pattern);
  if (re === undefined) {
    try {
      // Frictionless: the pattern must match the whole value.
      // A pattern that could backtrack for minutes is never run (parse-template refuses it too).
      re = patternProblem(pattern) === null ? new RegExp(`^(?:${pattern})$`, "u") : null;
    } catch {
      re = null;
    }
    compiled.set(pattern, re);
  }
  return re === null ? null : re.test(text);
}

/** The length of a text in code points, as minLength and maxLength count it. */
function codePoints(text: string): number {
  let length = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    // A high surrogate followed by a low one is one code point.
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) i++;
    }
    length++;
  }
  return length;
}

/** True when the constraints hold one that brokenConstraint checks (not only required or unique). */
export function hasValueConstraint(c: FieldConstraints): boolean {
  return (
    c.enum !== undefined ||
    c.minimum !== undefined ||
    c.maximum !== undefined ||
    c.minLength !== undefined ||
    c.maxLength !== undefined ||
    c.pattern !== undefined
  );
}

/** True when the only constraints brokenConstraint checks are minimum and maximum (on numbers). */
export function onlyNumberLimits(c: FieldConstraints): boolean {
  return (
    c.enum === undefined &&
    c.minLength === undefined &&
    c.maxLength === undefined &&
    c.pattern === undefined
  );
}

/**
 * The first constraint a readable value breaks, checked in the order enum, minimum, maximum,
 * minLength, maxLength, pattern; null when it keeps them all. One per cell keeps the report readable.
 * Minimum and maximum apply to numbers, the rest to text.
 */
export function brokenConstraint(value: FieldValue, c: FieldConstraints): BrokenConstraint | null {
  if (typeof value === "string") {
    if (c.enum && !c.enum.includes(value)) return { constraint: "enum", limit: c.enum.join("|") };
    if (c.minLength !== undefined && codePoints(value) < c.minLength)
      return { constraint: "minLength", limit: c.minLength };
    if (c.maxLength !== undefined && codePoints(value) > c.maxLength)
      return { constraint: "maxLength", limit: c.maxLength };
    if (c.pattern !== undefined && fullMatch(c.pattern, value) === false)
      return { constraint: "pattern", limit: c.pattern };
  }
  if (typeof value === "number") {
    if (c.minimum !== undefined && value < c.minimum)
      return { constraint: "minimum", limit: c.minimum };
    if (c.maximum !== undefined && value > c.maximum)
      return { constraint: "maximum", limit: c.maximum };
  }
  return null;
}
