import type { TemplateField } from "../template/types";
import type { CellValue } from "./cell";
import { readBoolean } from "./read-boolean";
import { readDate } from "./read-date";
import { readEmail } from "./read-email";
import { readNumber } from "./read-number";
import { readPhone } from "./read-phone";
import { readText } from "./read-text";
import type { ReadCell } from "./table";

/**
 * Reads one cell as its field's type: numbers and integers, dates, booleans, and strings by format
 * (email, phone, default). An Excel error reads as status "error", an empty cell as "empty"; a missing
 * cell (undefined, past the end of a short row) as empty. Never throws.
 */
export function readCell(raw: CellValue | undefined, field: TemplateField): ReadCell {
  const cell = raw === undefined ? null : raw;
  switch (field.type) {
    case "number":
    case "integer":
      return readNumber(cell, field);
    case "date":
      return readDate(cell, field);
    case "boolean":
      return readBoolean(cell, field);
    default:
      if (field.format === "email") return readEmail(cell, field);
      if (field.format === "phone") return readPhone(cell, field);
      return readText(cell, field);
  }
}
