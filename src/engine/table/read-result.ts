import type { CellValue } from "./cell";
import type { FieldValue, GenerousReading, ReadCell } from "./table";

// Small constructors so that every reader builds ReadCells of one shape (one hidden class per status).

/** A cell read as its field's type as it stands. */
export function okCell(raw: CellValue, value: FieldValue): ReadCell {
  return { raw, status: "ok", value };
}

/** A cell read generously: `value` is the reading, `fixValue` how to write it properly. */
export function fixedCell(
  raw: CellValue,
  value: FieldValue,
  fixValue: string | number | boolean,
  reading: GenerousReading
): ReadCell {
  return { raw, status: "fixed", value, fix: { value: fixValue, reading } };
}

/** A cell that cannot be read as its field's type, and why. */
export function invalidCell(raw: CellValue, problem: string): ReadCell {
  return { raw, status: "invalid", value: null, problem };
}
