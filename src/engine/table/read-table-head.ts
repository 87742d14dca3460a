import type { Template } from "../template/types";
import { isEmptyCell, type CellValue } from "./cell";
import { cellText } from "./cell-text";
import { columnLetter } from "./column-letter";
import { findHeaderRow, HEADER_SEARCH_ROWS } from "./find-header-row";
import { isBlankRow } from "./is-blank-row";
import { buildHeaderMatcher, type HeaderMatcher } from "./match-header";
import type { SheetData } from "./sheet";
import { sheetHead } from "./sheet-head";
import type { Table, TableColumn } from "./table";

/** How to read a sheet. */
export interface ReadTableOptions {
  /** The header's sheet row number (1-based), when the user names it; otherwise it is found. */
  headerRow?: number;
}

/** A table without its records, and where its records are: rows[dataStart] up to before rows[dataEnd]. */
export interface TableHead extends Pick<
  Table,
  "sheet" | "headerRow" | "columns" | "fieldColumns" | "ragged"
> {
  /** 0-based index in SheetData.rows of the first row below the header. */
  dataStart: number;
  /**
   * 0-based index just past the last non-empty row (dataStart when there is none); Infinity for a sheet
   * read from its source, whose reader finds the last non-empty row as it goes (readSourceRecords).
   */
  dataEnd: number;
}

function readColumns(
  header: readonly (CellValue | undefined)[],
  match: HeaderMatcher
): TableColumn[] {
  let last = header.length - 1;
  while (last >= 0 && isEmptyCell(header[last] ?? null)) last--;
  const columns: TableColumn[] = [];
  const firstOf = new Map<string, number>();
  for (let j = 0; j <= last; j++) {
    const cell = header[j] ?? null;
    const label = cellText(cell);
    const field = isEmptyCell(cell) ? null : match(label);
    const column: TableColumn = { index: j, letter: columnLetter(j), label, field };
    if (field !== null) {
      const first = firstOf.get(field);
      if (first === undefined) firstOf.set(field, j);
      else column.duplicateOf = first;
    }
    columns.push(column);
  }
  return columns;
}

/**
 * Everything readTable decides before reading cells: the header (the given row, or findHeaderRow's),
 * the columns up to the header's last non-empty label with their fields and duplicates, each matched
 * field's first column, and the range of data rows, which ends at the last row holding anything.
 * Costs the header plus one scan up from the bottom over trailing blank rows.
 */
export function readTableHead(
  sheet: SheetData,
  template: Template,
  options: ReadTableOptions = {}
): TableHead {
  const ragged = sheet.ragged === true;
  const match = buildHeaderMatcher(template);
  let headerIndex: number | null = null;
  let rows: readonly (CellValue[] | undefined)[];
  if (options.headerRow !== undefined) {
    if (Number.isInteger(options.headerRow) && options.headerRow >= 1)
      headerIndex = options.headerRow - 1;
    rows = sheetHead(sheet, headerIndex === null ? 0 : headerIndex + 1);
  } else {
    rows = sheetHead(sheet, HEADER_SEARCH_ROWS);
    headerIndex = findHeaderRow(rows, match, template.fields.length)?.index ?? null;
  }
  if (headerIndex === null) {
    return {
      sheet: sheet.name,
      headerRow: null,
      columns: [],
      fieldColumns: {},
      ragged,
      dataStart: 0,
      dataEnd: 0,
    };
  }
  const columns = readColumns(rows[headerIndex] ?? [], match);
  const fieldColumns: Record<string, number> = {};
  for (const column of columns) {
    if (column.field !== null && column.duplicateOf === undefined)
      fieldColumns[column.field] = column.index;
  }
  const head = {
    sheet: sheet.name,
    headerRow: headerIndex + 1,
    columns,
    fieldColumns,
    ragged,
    dataStart: headerIndex + 1,
  };
  // A sheet read from its source bytes ends where the records do, as its reader finds them.
  if (sheet.source !== undefined) return { ...head, dataEnd: Infinity };
  // Hosts may hand over a million empty rows after the data: find the end from the bottom.
  let end = rows.length;
  while (end > headerIndex + 1 && isBlankRow(rows[end - 1])) end--;
  return { ...head, dataEnd: Math.max(end, headerIndex + 1) };
}
