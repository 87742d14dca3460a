import { cellAt } from "./field-column";
import type { CellValue } from "./cell";
import type { ReadCell, Table } from "./table";

/** Test helper: a table's records one object each (row, raw row, cells by field), to compare whole. */
export function recordsOf(
  table: Table
): { row: number; raw: CellValue[]; cells: Record<string, ReadCell> }[] {
  return Array.from(table.rows, (row, i) => ({
    row,
    raw: table.raw[i],
    cells: Object.fromEntries(Object.keys(table.fields).map((f) => [f, cellAt(table, f, i)])),
  }));
}
