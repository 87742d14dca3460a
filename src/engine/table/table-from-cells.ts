import type { CellValue } from "./cell";
import { newFieldColumn, setCell } from "./field-column";
import type { FieldColumn, ReadCell, Table } from "./table";

/** One row below the header as a view or a test states it: its raw cells and read cells by field. */
export interface RowCells {
  row: number;
  raw: CellValue[];
  /** True when the row holds nothing (or repeats the header): no record. */
  blank: boolean;
  repeatedHeader?: boolean;
  cells: Record<string, ReadCell>;
}

/**
 * A Table from rows whose cells are already read: the columnar layout readTable gives, for tables
 * built by hand (tests, lessons). A field is numeric (a Float64Array) when every readable value of it
 * is a number.
 */
export function tableFromCells(
  head: Pick<Table, "sheet" | "headerRow" | "columns" | "fieldColumns" | "ragged">,
  rows: readonly RowCells[]
): Table {
  const records = rows.filter((r) => !r.blank);
  const size = records.length;
  const fields: Record<string, FieldColumn> = {};
  for (const name of Object.keys(head.fieldColumns)) {
    const numeric = records.every((r) => {
      const value = r.cells[name]?.value;
      return value === null || value === undefined || typeof value === "number";
    });
    const column = newFieldColumn(size, numeric);
    records.forEach((r, i) => {
      const cell = r.cells[name];
      if (cell !== undefined) setCell(column, i, cell);
    });
    fields[name] = column;
  }
  return {
    ...head,
    size,
    rows: Int32Array.from(records, (r) => r.row),
    raw: records.map((r) => r.raw),
    fields,
    blankRows: rows.filter((r) => r.blank && !r.repeatedHeader).map((r) => r.row),
    repeatedHeaderRows: rows.filter((r) => r.repeatedHeader).map((r) => r.row),
  };
}
