import type { FieldValue } from "../../table/table";
import type { FieldConstraints } from "../../template/types";

/** A constraint a value breaks: which one and its limit (an enum's values joined with "|"). */
export interface BrokenConstraint {
  constraint: "enum" | "minimum" | "maximum" | "minLength" | "maxLength" | "pattern";
  limit: string | number;
}

function fullMatch(pattern: string, text: string): boolean | null {
  try {
    // Frictionless: the pattern must match the whole value.
    return new RegExp(`^(?:${pattern})$`, "u").test(text);
  } catch {
    return null;
  }
}

/**
 * The first constraint a readable value breaks, checked in the order enum, minimum, maximum,
 * minLength, maxLength, pattern; null when it keeps them all. One per cell keeps the report readable.
 * Minimum and maximum apply to numbers, the rest to text.
 */
export function brokenConstraint(value: FieldValue, c: FieldConstraints): BrokenConstraint | null {
  if (typeof value === "string") {
    if (c.enum && !c.enum.includes(value)) return { constraint: "enum", limit: c.enum.join("|") };
    const length = [...value].length;
    if (c.minLength !== undefined && length < c.minLength)
      return { constraint: "minLength", limit: c.minLength };
    if (c.maxLength !== undefined && length > c.maxLength)
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
