import type { FieldValue, ReadCell, Table } from "../table/table";
import { tableFromCells } from "../table/table-from-cells";

/** Test helper: a Table built by hand, header on row 1, records from row 2, columns A, B, ... */
export function handTable(
  sheet: string,
  fields: string[],
  rows: (FieldValue | null | ReadCell)[][]
): Table {
  const cell = (v: FieldValue | null | ReadCell): ReadCell =>
    v !== null && typeof v === "object"
      ? v
      : v === null
        ? { raw: null, status: "empty", value: null }
        : { raw: v, status: "ok", value: v };
  return tableFromCells(
    {
      sheet,
      headerRow: 1,
      columns: fields.map((f, i) => ({
        index: i,
        letter: String.fromCharCode(65 + i),
        label: f,
        field: f,
      })),
      fieldColumns: Object.fromEntries(fields.map((f, i) => [f, i])),
      ragged: false,
    },
    rows.map((r, k) => ({
      row: k + 2,
      raw: r.map((v) => (v !== null && typeof v === "object" ? v.raw : v)),
      blank: r.every((v) => v === null),
      cells: Object.fromEntries(fields.map((f, i) => [f, cell(r[i] ?? null)])),
    }))
  );
}
