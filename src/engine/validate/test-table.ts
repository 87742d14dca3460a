import { tableFromCells } from "../table/table-from-cells";
/*
 * Hand-built Tables for the validation tests, so that they depend on the Table contract only and
 * not on readTable. Not a test itself (no .test. in the name).
 */
import { dayFromDate, dayFromIso } from "../day";
import { isCellError, isEmptyCell, type CellValue } from "../table/cell";
import type { ReadCell, Table, TableColumn } from "../table/table";
import type { TemplateField, Template } from "../template/types";
import { columnLetter } from "./column-letter";

/** A cell in a test row: a plain sheet value (read by the default reading below) or a ReadCell as is. */
export type TestCell = CellValue | ReadCell;

export interface TestTableSpec {
  template: Template;
  /** Header labels from column A. A label maps to the field whose id or title it equals. */
  header: (string | null)[];
  /** Rows below the header, in order. */
  rows: TestCell[][];
  /** Explicit field per header column, overriding the label lookup. */
  fields?: (string | null)[];
  /** Sheet row of the header; default 1. */
  headerRow?: number | null;
  ragged?: boolean;
  sheet?: string;
}

function isReadCell(cell: TestCell): cell is ReadCell {
  return typeof cell === "object" && cell !== null && !(cell instanceof Date) && "status" in cell;
}

/** A Date cell showing this calendar day ("2024-03-05"). */
export function date(iso: string): Date {
  return new Date(`${iso}T00:00:00Z`);
}

/** The Day of "2024-03-05". */
export function day(iso: string): number {
  const d = dayFromIso(iso);
  if (d === null) throw new Error(`bad date ${iso}`);
  return d;
}

// Tests build cells with the readers' own constructors, so a test cell has the shape readers give.
import { fixedCell, invalidCell, okCell } from "../table/read-result";
export const ok = okCell;
export const fixed = fixedCell;
export const invalid = invalidCell;

/** The reading a test gets for a plain value: as it stands, dates as Days. */
export function defaultRead(raw: CellValue): ReadCell {
  if (isEmptyCell(raw)) return { raw, status: "empty", value: null };
  if (raw === null || isCellError(raw)) return { raw, status: "error", value: null };
  if (raw instanceof Date) {
    const d = dayFromDate(raw);
    return d === null ? invalid(raw, "not-a-date") : ok(raw, d);
  }
  return ok(raw, raw);
}

function fieldForLabel(template: Template, label: string | null): string | null {
  if (label === null) return null;
  const match = (f: TemplateField) =>
    f.name === label || f.title["zh-CN"] === label || f.title["en-US"] === label;
  return template.fields.find(match)?.name ?? null;
}

/** Builds the Table readTable would give for this header and these rows. */
export function buildTable(spec: TestTableSpec): Table {
  const headerRow = spec.headerRow === undefined ? 1 : spec.headerRow;
  let width = spec.header.length;
  while (width > 0 && (spec.header[width - 1] === null || spec.header[width - 1]?.trim() === ""))
    width--;
  const columns: TableColumn[] = [];
  const fieldColumns: Record<string, number> = {};
  for (let index = 0; index < width; index++) {
    const label = spec.header[index];
    const field = spec.fields ? (spec.fields[index] ?? null) : fieldForLabel(spec.template, label);
    const column: TableColumn = { index, letter: columnLetter(index), label: label ?? "", field };
    if (field !== null && fieldColumns[field] !== undefined)
      column.duplicateOf = fieldColumns[field];
    else if (field !== null) fieldColumns[field] = index;
    columns.push(column);
  }
  const first = (headerRow ?? 0) + 1;
  const records = spec.rows.map((cells, i) => {
    const raw = cells.map((c) => (isReadCell(c) ? c.raw : c));
    const read: Record<string, ReadCell> = {};
    for (const [field, index] of Object.entries(fieldColumns)) {
      const c: TestCell = index < cells.length ? cells[index] : null;
      read[field] = isReadCell(c) ? c : defaultRead(c);
    }
    return { row: first + i, raw, blank: raw.every((c) => isEmptyCell(c)), cells: read };
  });
  return tableFromCells(
    {
      sheet: spec.sheet ?? "客户档案",
      headerRow: spec.headerRow === null ? null : headerRow,
      columns: spec.headerRow === null ? [] : columns,
      fieldColumns: spec.headerRow === null ? {} : fieldColumns,
      ragged: spec.ragged ?? false,
    },
    spec.headerRow === null ? [] : records
  );
}

/** Findings as compact [row, column, field, code] tuples, for readable expectations. */
export function places(
  findings: { row: number | null; column: string | null; field: string | null; code: string }[]
): (string | number | null)[][] {
  return findings.map((f) => [f.row, f.column, f.field, f.code]);
}

/** A context with an as-of date of 2024-06-30 unless one is given. */
export function context(
  extra: { asOf?: number; staleDays?: number; neededFields?: string[] } = {}
): {
  asOf: number;
  staleDays?: number;
  neededFields?: string[];
} {
  return { asOf: day("2024-06-30"), ...extra };
}
