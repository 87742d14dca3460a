import type { Template } from "../template/types";
import type { CellValue } from "./cell";
import { isBlankRow } from "./is-blank-row";
import { SharedCellReader } from "./shared-cell-reader";
import { headerRepeatDetector } from "./header-repeat-detector";
import { buildHeaderMatcher } from "./match-header";
import type { TableHead } from "./read-table-head";
import type { SheetData } from "./sheet";
import type { ReadCell, TableRecord } from "./table";

/**
 * Reads the records of rows[from] up to before rows[to] (0-based, clipped to the head's data rows; by
 * default all of them): each with its sheet row number, its raw row (the sheet's own array, not a copy),
 * whether it is blank, and the cells of every field in head.fieldColumns read by readCell. Reading a
 * large sheet in slices keeps only one slice of ReadCells alive at a time.
 */
export function readRecords(
  sheet: SheetData,
  template: Template,
  head: TableHead,
  from: number = head.dataStart,
  to: number = head.dataEnd
): TableRecord[] {
  const ids: string[] = [];
  const indexes: number[] = [];
  const readers: SharedCellReader[] = [];
  for (const field of template.fields) {
    const index = head.fieldColumns[field.name];
    if (index === undefined || ids.includes(field.name)) continue;
    ids.push(field.name);
    indexes.push(index);
    readers.push(new SharedCellReader(field));
  }
  const rows = sheet.rows;
  const start = Math.max(from, head.dataStart);
  const end = Math.min(to, head.dataEnd);
  const width = ids.length;
  const repeatsHeader = headerRepeatDetector(head.fieldColumns, buildHeaderMatcher(template));
  const records: TableRecord[] = [];
  for (let i = start; i < end; i++) {
    // A hole in a sparse rows array is a blank row; it gets an array of its own like every other row.
    const row: CellValue[] = rows[i] ?? [];
    const cells: Record<string, ReadCell> = {};
    for (let k = 0; k < width; k++) cells[ids[k]] = readers[k].read(row[indexes[k]]);
    // A repeat of the header is no customer: it is kept out like a blank row, and reported on its own.
    if (repeatsHeader(row))
      records.push({ row: i + 1, raw: row, blank: true, repeatedHeader: true, cells });
    else records.push({ row: i + 1, raw: row, blank: isBlankRow(row), cells });
  }
  return records;
}
