import type { TemplateField } from "../template/types";
import { rawCell } from "./raw-rows";
import {
  EMPTY,
  ERROR,
  FIXED,
  INVALID,
  OK,
  type CellStatus,
  type FieldColumn,
  type FieldValue,
  type ReadCell,
  type Table,
} from "./table";

const CODES: Record<CellStatus, number> = {
  empty: EMPTY,
  ok: OK,
  fixed: FIXED,
  invalid: INVALID,
  error: ERROR,
};
const STATUSES: CellStatus[] = ["empty", "ok", "fixed", "invalid", "error"];

/** True for the field types whose values are numbers (dates as Days): they get a Float64Array. */
export function isNumericField(field: Pick<TemplateField, "type">): boolean {
  return field.type === "number" || field.type === "integer" || field.type === "date";
}

/** An empty column of `size` records for a field: every cell EMPTY until set. */
export function newFieldColumn(size: number, numeric: boolean): FieldColumn {
  return {
    status: new Uint8Array(size),
    numbers: numeric ? new Float64Array(size).fill(NaN) : null,
    values: numeric ? null : new Array<FieldValue | null>(size).fill(null),
    details: new Map(),
  };
}

/** Stores record i's read cell: its status and value, and the whole cell when it has more to say. */
export function setCell(column: FieldColumn, i: number, cell: ReadCell): void {
  const code = CODES[cell.status];
  column.status[i] = code;
  const readable = (code === OK || code === FIXED) && cell.value !== null;
  if (column.numbers !== null)
    column.numbers[i] = readable && typeof cell.value === "number" ? cell.value : NaN;
  else column.values![i] = readable ? cell.value : null;
  // A number field's value that is no number (only a hand-built cell has one) is kept whole too.
  if (code > OK || (readable && column.numbers !== null && typeof cell.value !== "number"))
    column.details.set(i, cell);
}

/** The value of record i's cell when readable (ok or fixed), else null. */
export function valueAt(column: FieldColumn, i: number): FieldValue | null {
  // Most columns have no details at all: no map lookup per cell for them.
  const detail = column.details.size === 0 ? undefined : column.details.get(i);
  if (detail !== undefined)
    return detail.status === "ok" || detail.status === "fixed" ? detail.value : null;
  if (column.numbers !== null) {
    const n = column.numbers[i];
    return Number.isNaN(n) ? null : n;
  }
  return column.values![i];
}

const NO_COLUMN: ReadCell = Object.freeze({ raw: null, status: "empty", value: null });

/**
 * Record i's cell of a field as a ReadCell, built only when a finding or a view asks for one. A
 * field without a column reads as empty, as a cell past the end of a row does.
 */
export function cellAt(table: Table, field: string, i: number): ReadCell {
  const column = table.fields[field];
  if (column === undefined) return NO_COLUMN;
  const detail = column.details.get(i);
  if (detail !== undefined) return detail;
  const raw = rawCell(table.raw, i, table.fieldColumns[field]);
  const status = STATUSES[column.status[i]];
  return { raw, status, value: status === "ok" ? valueAt(column, i) : null };
}
