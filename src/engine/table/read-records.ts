import type { Template } from "../template/types";
import type { CellValue } from "./cell";
import { isNumericField, newFieldColumn, setCell } from "./field-column";
import { headerRepeatDetector } from "./header-repeat-detector";
import { isBlankRow } from "./is-blank-row";
import { buildHeaderMatcher } from "./match-header";
import { readSourceRecords } from "./read-source-records";
import type { TableHead } from "./read-table-head";
import { SharedCellReader } from "./shared-cell-reader";
import type { SheetData } from "./sheet";
import type { FieldColumn, Table } from "./table";

export type TableRecords = Pick<
  Table,
  "size" | "rows" | "raw" | "fields" | "blankRows" | "repeatedHeaderRows"
>;

/**
 * Reads the rows below the head into columns: which rows are records (blank rows and repeats of the
 * header are listed apart), each record's sheet row and raw row, and per field of head.fieldColumns a
 * column of read statuses and values. A ReadCell lives only while its cell is read, unless it is one
 * of the few with a fix, a problem or an Excel error. A sheet with a source is read from it
 * (readSourceRecords), never through its rows.
 */
export function readRecords(sheet: SheetData, template: Template, head: TableHead): TableRecords {
  if (sheet.source !== undefined) return readSourceRecords(sheet.source, template, head);
  const rows = sheet.rows;
  const repeatsHeader = headerRepeatDetector(head.fieldColumns, buildHeaderMatcher(template));
  const blankRows: number[] = [];
  const repeatedHeaderRows: number[] = [];
  const recordAt: number[] = [];
  for (let i = head.dataStart; i < head.dataEnd; i++) {
    // A hole in a sparse rows array is a blank row.
    const row: CellValue[] = rows[i] ?? [];
    // A repeat of the header is no customer: it is kept out like a blank row, and reported on its own.
    if (repeatsHeader(row)) repeatedHeaderRows.push(i + 1);
    else if (isBlankRow(row)) blankRows.push(i + 1);
    else recordAt.push(i);
  }
  const size = recordAt.length;
  const sheetRows = new Int32Array(size);
  const raw: CellValue[][] = new Array(size);
  for (let k = 0; k < size; k++) {
    sheetRows[k] = recordAt[k] + 1;
    raw[k] = rows[recordAt[k]];
  }
  const fields: Record<string, FieldColumn> = {};
  for (const field of template.fields) {
    const index = head.fieldColumns[field.name];
    if (index === undefined || fields[field.name] !== undefined) continue;
    const column = newFieldColumn(size, isNumericField(field));
    const reader = new SharedCellReader(field);
    for (let k = 0; k < size; k++) setCell(column, k, reader.read(raw[k][index]));
    fields[field.name] = column;
  }
  return { size, rows: sheetRows, raw, fields, blankRows, repeatedHeaderRows };
}
