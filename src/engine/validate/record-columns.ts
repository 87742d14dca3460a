import { valueAt } from "../table/field-column";
import { rawWidths, type RawRows } from "../table/raw-rows";
import { EMPTY, ERROR, FIXED, INVALID, OK, type FieldValue, type Table } from "../table/table";

export { EMPTY, ERROR, FIXED, INVALID, OK };

/**
 * A table's records as the checks walk them, index i of every array being record i: the table's own
 * columns, plus what a check derives once and another reuses (the length of each raw row, a text
 * field's values as numbers or a number field's as values).
 */
export interface RecordColumns {
  /** How many records. */
  size: number;
  /** The sheet row of each record. */
  rows: Int32Array;
  /** Each record's raw row. */
  raw: RawRows;
  /** The length of each record's raw row. */
  widths: Int32Array;
  /** The sheet rows of the blank rows inside the table. */
  blankRows: number[];
  /** Per field of table.fieldColumns, the status code of its cell in each record. */
  status: Map<string, Uint8Array>;
  /** Per field, once asked for: the value of each readable cell, else null. */
  values: Map<string, (FieldValue | null)[]>;
  /** Per field, once asked for: the value of each readable cell holding a number (Days for dates), else NaN. */
  numbers: Map<string, Float64Array>;
  table: Table;
}

function layOut(table: Table): RecordColumns {
  const widths = rawWidths(table.raw, table.size);
  const status = new Map<string, Uint8Array>();
  const numbers = new Map<string, Float64Array>();
  const values = new Map<string, (FieldValue | null)[]>();
  for (const [name, column] of Object.entries(table.fields)) {
    status.set(name, column.status);
    // A cell's value is in its column whatever its details say, so the columns serve as they are.
    if (column.numbers !== null) numbers.set(name, column.numbers);
    if (column.values !== null) values.set(name, column.values);
  }
  return {
    size: table.size,
    rows: table.rows,
    raw: table.raw,
    widths,
    blankRows: table.blankRows,
    status,
    values,
    numbers,
    table,
  };
}

// Keyed by the rows array, so that copies of a table ({ ...table }) share one layout.
const cache = new WeakMap<Int32Array, { fields: Table["fields"]; columns: RecordColumns }>();

/** The table's records laid out for the checks, built once and shared by every check. Do not change the arrays. */
export function recordColumns(table: Table): RecordColumns {
  const cached = cache.get(table.rows);
  if (cached !== undefined && cached.fields === table.fields) return cached.columns;
  const columns = layOut(table);
  cache.set(table.rows, { fields: table.fields, columns });
  return columns;
}

/** Drops the derived arrays of a table: validateTable calls it once done. */
export function forgetRecordColumns(table: Table): void {
  cache.delete(table.rows);
}

/**
 * The status codes of a field's cells. A field without a column in the table is EMPTY in every
 * record, as cellAt reads a cell the reader left out.
 */
export function fieldStatus(columns: RecordColumns, field: string): Uint8Array {
  let status = columns.status.get(field);
  if (status === undefined) {
    status = new Uint8Array(columns.size);
    columns.status.set(field, status);
  }
  return status;
}

/** The value of each readable cell of a field (ok or fixed, value not null), else null. */
export function fieldValues(columns: RecordColumns, field: string): (FieldValue | null)[] {
  let values = columns.values.get(field);
  if (values === undefined) {
    const column = columns.table.fields[field];
    values = new Array<FieldValue | null>(columns.size);
    for (let i = 0; i < columns.size; i++)
      values[i] = column === undefined ? null : valueAt(column, i);
    columns.values.set(field, values);
  }
  return values;
}

/** The value of each readable cell of a field that holds a number (dates are Days), else NaN. */
export function fieldNumbers(columns: RecordColumns, field: string): Float64Array {
  let numbers = columns.numbers.get(field);
  if (numbers === undefined) {
    const column = columns.table.fields[field];
    numbers = new Float64Array(columns.size);
    for (let i = 0; i < columns.size; i++) {
      const value = column === undefined ? null : valueAt(column, i);
      numbers[i] = typeof value === "number" ? value : NaN;
    }
    columns.numbers.set(field, numbers);
  }
  return numbers;
}
