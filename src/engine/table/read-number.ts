import type { CellValue } from "./cell";
import type { TemplateField } from "../template/types";
import type { GenerousReading, ReadCell } from "./table";
import { parseNumberText } from "./parse-number-text";
import { readEmptyOrError } from "./read-empty-or-error";
import { fixedCell, invalidCell, okCell } from "./read-result";
import { wholeNumberCell } from "./whole-number-cell";

/**
 * Reads a number or integer field. A number cell is ok; text is ok when it is a plain decimal ("1234",
 * "-5.5": CSV cells are all text) and "fixed" when read generously (parseNumberText). An integer field
 * rejects a fraction with problem "not-an-integer"; anything else unreadable is "not-a-number".
 */
export function readNumber(raw: CellValue, field: TemplateField): ReadCell {
  const special = readEmptyOrError(raw);
  if (special) return special;
  let value: number;
  let reading: GenerousReading | null = null;
  if (typeof raw === "number") {
    const small = wholeNumberCell(raw);
    if (small !== null) return small;
    if (!Number.isFinite(raw)) return invalidCell(raw, "not-a-number");
    // -0 reads as 0; any other number is kept as the same value, not copied.
    value = raw === 0 ? 0 : raw;
  } else if (typeof raw === "string") {
    const parsed = parseNumberText(raw);
    if (parsed === null) return invalidCell(raw, "not-a-number");
    value = parsed.value;
    reading = parsed.reading;
  } else {
    return invalidCell(raw, "not-a-number");
  }
  if (field.type === "integer" && !Number.isInteger(value))
    return invalidCell(raw, "not-an-integer");
  return reading === null ? okCell(raw, value) : fixedCell(raw, value, value, reading);
}
