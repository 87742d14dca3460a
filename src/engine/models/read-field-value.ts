import { valueAt } from "../table/field-column";
import type { FieldValue, ReadCell, Table } from "../table/table";

/** A readable value as a Customer field holds it (see readFieldValue). */
export function asFieldValue(
  v: FieldValue | null,
  kind: "text" | "number" | "day"
): string | number | null {
  if (v === null) return null;
  if (kind === "text") {
    // Ids read from numeric cells keep their digits: 123 stays "123", never "123.0".
    const text =
      typeof v === "string"
        ? v.trim()
        : typeof v === "number" && Number.isFinite(v)
          ? String(v)
          : "";
    return text === "" ? null : text;
  }
  return typeof v === "number" && Number.isFinite(v) ? v : null;
}

/**
 * A read cell as a Customer field holds it: text trimmed (empty text is null), numbers and Days as
 * finite numbers. Empty, unreadable and Excel-error cells are null (domain.md §8: an unreadable cell
 * counts as empty); so is a value of the wrong kind.
 */
export function readFieldValue(
  cell: ReadCell | undefined,
  kind: "text" | "number" | "day"
): string | number | null {
  if (!cell || (cell.status !== "ok" && cell.status !== "fixed")) return null;
  return asFieldValue(cell.value, kind);
}

/** readFieldValue of record i's cell of a field, read from the table's column (null without one). */
export function fieldValueAt(
  table: Table,
  field: string,
  i: number,
  kind: "text" | "number" | "day"
): string | number | null {
  const column = table.fields[field];
  return column === undefined ? null : asFieldValue(valueAt(column, i), kind);
}
