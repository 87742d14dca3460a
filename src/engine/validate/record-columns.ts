import type { CellStatus, FieldValue, ReadCell, Table, TableRecord } from "../table/table";

/** A cell's status as a small number, so that a column of a million fits in a Uint8Array. */
export const EMPTY = 0;
export const OK = 1;
export const FIXED = 2;
export const INVALID = 3;
export const ERROR = 4;

function statusCode(status: CellStatus): number {
  return status === "ok"
    ? OK
    : status === "fixed"
      ? FIXED
      : status === "invalid"
        ? INVALID
        : status === "error"
          ? ERROR
          : EMPTY;
}

/**
 * The non-blank records of a table laid out by column, index i of every array being records[i].
 * Every check walks a million records: reading each record's objects once into typed arrays lets the
 * checks loop over small numbers instead of chasing a million scattered objects (and looking a field
 * up by name in each) again and again. Values and numbers are read per field, when a check first
 * asks for them: most fields need only their status.
 */
export interface RecordColumns {
  /** The records with something in them, in table order. */
  records: TableRecord[];
  /** The sheet row of each record. */
  rows: Int32Array;
  /** The length of each record's raw row. */
  widths: Int32Array;
  /** The sheet rows of the blank records, in table order. */
  blankRows: number[];
  /** Per field of table.fieldColumns, the status code of its cell in each record (EMPTY if left out). */
  status: Map<string, Uint8Array>;
  /** Per field, once asked for: the value of each readable cell, else null. */
  values: Map<string, (FieldValue | null)[]>;
  /** Per field, once asked for: the value of each readable cell holding a number (Days for dates), else NaN. */
  numbers: Map<string, Float64Array>;
}

function layOut(table: Table): RecordColumns {
  const names = Object.keys(table.fieldColumns);
  const all = table.records;
  let count = 0;
  for (let i = 0; i < all.length; i++) if (!all[i].blank) count++;
  const records: TableRecord[] = new Array(count);
  const rows = new Int32Array(count);
  const widths = new Int32Array(count);
  const blankRows: number[] = [];
  const codes = names.map(() => new Uint8Array(count));
  let n = 0;
  for (let i = 0; i < all.length; i++) {
    const record = all[i];
    if (record.blank) {
      if (!record.repeatedHeader) blankRows.push(record.row);
      continue;
    }
    records[n] = record;
    rows[n] = record.row;
    widths[n] = record.raw.length;
    const cells = record.cells;
    for (let k = 0; k < names.length; k++) {
      const cell: ReadCell | undefined = cells[names[k]];
      if (cell !== undefined) codes[k][n] = statusCode(cell.status);
    }
    n++;
  }
  const status = new Map<string, Uint8Array>();
  for (let k = 0; k < names.length; k++) status.set(names[k], codes[k]);
  return { records, rows, widths, blankRows, status, values: new Map(), numbers: new Map() };
}

interface Cached {
  length: number;
  fieldColumns: Table["fieldColumns"];
  columns: RecordColumns;
}

// Keyed by the records array, so that copies of a table ({ ...table }) share one layout.
const cache = new WeakMap<readonly TableRecord[], Cached>();

/**
 * The table's records laid out by column, built once and shared by every check (again when records
 * were added or the field columns changed). Do not change the arrays.
 */
export function recordColumns(table: Table): RecordColumns {
  const cached = cache.get(table.records);
  if (
    cached !== undefined &&
    cached.length === table.records.length &&
    cached.fieldColumns === table.fieldColumns
  )
    return cached.columns;
  const columns = layOut(table);
  cache.set(table.records, {
    length: table.records.length,
    fieldColumns: table.fieldColumns,
    columns,
  });
  return columns;
}

/** Drops the layout of a table (a few bytes per cell): validateTable calls it once done. */
export function forgetRecordColumns(table: Table): void {
  cache.delete(table.records);
}

/**
 * The status codes of a field's cells. A field without a column in the table is EMPTY in every
 * record, as cellOf reads a cell the reader left out.
 */
export function fieldStatus(columns: RecordColumns, field: string): Uint8Array {
  let status = columns.status.get(field);
  if (status === undefined) {
    status = new Uint8Array(columns.records.length);
    columns.status.set(field, status);
  }
  return status;
}

function isReadableCell(cell: ReadCell | undefined): cell is ReadCell & { value: FieldValue } {
  return (
    cell !== undefined && (cell.status === "ok" || cell.status === "fixed") && cell.value !== null
  );
}

/** The value of each readable cell of a field (ok or fixed, value not null), else null. */
export function fieldValues(columns: RecordColumns, field: string): (FieldValue | null)[] {
  let values = columns.values.get(field);
  if (values === undefined) {
    const records = columns.records;
    values = new Array<FieldValue | null>(records.length);
    for (let i = 0; i < records.length; i++) {
      const cell = records[i].cells[field];
      values[i] = isReadableCell(cell) ? cell.value : null;
    }
    columns.values.set(field, values);
  }
  return values;
}

/** The value of each readable cell of a field that holds a number (dates are Days), else NaN. */
export function fieldNumbers(columns: RecordColumns, field: string): Float64Array {
  let numbers = columns.numbers.get(field);
  if (numbers === undefined) {
    const records = columns.records;
    numbers = new Float64Array(records.length);
    for (let i = 0; i < records.length; i++) {
      const cell = records[i].cells[field];
      numbers[i] = isReadableCell(cell) && typeof cell.value === "number" ? cell.value : NaN;
    }
    columns.numbers.set(field, numbers);
  }
  return numbers;
}
