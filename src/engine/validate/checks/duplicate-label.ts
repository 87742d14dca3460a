import type { TableColumn } from "../../table/table";
import { normalizeLabel } from "../../table/normalize-label";
import type { Check } from "../context";
import type { Finding } from "../finding";
import { makeFinding } from "../make-finding";

/**
 * The earlier column a column repeats: the same template field, or, for labels that match no field,
 * the same label once normalised. Undefined when it repeats nothing.
 */
export function repeatedColumn(
  columns: TableColumn[],
  column: TableColumn
): TableColumn | undefined {
  const before = columns.filter((c) => c.index < column.index);
  if (column.field !== null) {
    return (
      before.find((c) => c.index === column.duplicateOf) ??
      before.find((c) => c.field === column.field)
    );
  }
  const key = normalizeLabel(column.label);
  return key === ""
    ? undefined
    : before.find((c) => c.field === null && normalizeLabel(c.label) === key);
}

/** duplicate-label: a column whose field (or unknown label) an earlier column already has. */
export const duplicateLabel: Check = (table) => {
  const out: Finding[] = [];
  if (table.headerRow === null) return out;
  for (const c of table.columns) {
    const first = repeatedColumn(table.columns, c);
    if (first !== undefined) {
      out.push(
        makeFinding(
          "duplicate-label",
          { row: table.headerRow, column: c.letter, field: c.field },
          { label: c.label, firstColumn: first.letter }
        )
      );
    }
  }
  return out;
};
