import type { Template } from "../template/types";
import { readRecords } from "./read-records";
import { readTableHead, type ReadTableOptions } from "./read-table-head";
import type { SheetData } from "./sheet";
import type { Table } from "./table";

export type { ReadTableOptions } from "./read-table-head";

/**
 * Reads a sheet as a table of the template's fields (domain.md §2, §8). The header is the given row or
 * the one findHeaderRow finds; `columns` are the header's cells up to its last non-empty label, each
 * with the field it matches and `duplicateOf` when an earlier column matches the same field;
 * `fieldColumns` maps each matched field to its first column. The records are the rows below the header
 * up to the last row holding anything (trailing blank rows are no part of the table), read into a
 * column per field (readRecords). Without a header: headerRow null and no columns or records. Linear in
 * the cells it reads; never throws.
 */
export function readTable(
  sheet: SheetData,
  template: Template,
  options: ReadTableOptions = {}
): Table {
  const head = readTableHead(sheet, template, options);
  const { sheet: name, headerRow, columns, fieldColumns, ragged } = head;
  // Without a header there is no data range to read: no records.
  const records = readRecords(sheet, template, head);
  return { sheet: name, headerRow, columns, fieldColumns, ragged, ...records };
}
