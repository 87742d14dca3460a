import { isCellError, isEmptyCell, type CellValue } from "../../table/cell";
import type { FieldColumn, Table } from "../../table/table";
import type { Check } from "../context";
import type { Finding } from "../finding";
import { makeFinding } from "../make-finding";
import { recordColumns } from "../record-columns";
import { firstEqual, HASH_BITS } from "./first-equal";
import { FNV_OFFSET, mix, mixNumber, mixText } from "./fnv";
import { rowHash } from "./row-hash";

function cellKey(raw: CellValue): string {
  if (isEmptyCell(raw) || raw === null) return "";
  if (raw instanceof Date) return `d${raw.getTime()}`;
  if (isCellError(raw)) return `e${raw.error}`;
  return `${typeof raw}${String(raw)}`;
}

/** The whole row as typed, with empty cells at its end dropped. */
export function rowKey(raw: CellValue[]): string {
  const keys = raw.map(cellKey);
  while (keys.length > 0 && keys[keys.length - 1] === "") keys.pop();
  return JSON.stringify(keys);
}

/** The hash of record i's reading in a column: its status code and value. */
function readingHash(column: FieldColumn, i: number): number {
  const h = mix(FNV_OFFSET, column.status[i]);
  if (column.numbers !== null) return mixNumber(h, column.numbers[i]) & HASH_BITS;
  const value = column.values === null ? null : column.values[i];
  if (typeof value === "string") return mixText(mix(h, 1), value) & HASH_BITS;
  if (typeof value === "number") return mixNumber(mix(h, 2), value) & HASH_BITS;
  return mix(h, value === null ? 3 : value ? 4 : 5) & HASH_BITS;
}

/** True when records a and b read alike in a column: same status, same value (NaN alike). */
function sameReading(column: FieldColumn, a: number, b: number): boolean {
  if (column.status[a] !== column.status[b]) return false;
  const x = column.numbers !== null ? column.numbers[a] : column.values![a];
  const y = column.numbers !== null ? column.numbers[b] : column.values![b];
  return x === y || (typeof x === "number" && typeof y === "number" && x !== x && y !== y);
}

/**
 * The records that may repeat another, in order: those whose cell in one field's column (the
 * customer id's where there is one) reads like another record's. Rows that repeat each other hold
 * the same cell there, which its reader reads alike; in a file of distinct ids that leaves no row to
 * hash whole. Every record when the table has no field column.
 */
function mayRepeat(table: Table, size: number): Int32Array {
  const name =
    table.fields.customer_id !== undefined ? "customer_id" : Object.keys(table.fields)[0];
  const column = name === undefined ? undefined : table.fields[name];
  if (column === undefined) return Int32Array.from({ length: size }, (_, i) => i);
  const hashes = new Int32Array(size);
  for (let i = 0; i < size; i++) hashes[i] = readingHash(column, i);
  const first = firstEqual(hashes, (a, b) => sameReading(column, a, b));
  const repeated = new Uint8Array(size);
  let count = 0;
  for (let i = 0; i < size; i++) {
    if (first[i] === i) continue;
    if (repeated[first[i]] === 0) count++;
    repeated[first[i]] = 1;
    repeated[i] = 1;
    count++;
  }
  const records = new Int32Array(count);
  for (let i = 0, k = 0; i < size; i++) if (repeated[i] === 1) records[k++] = i;
  return records;
}

/**
 * duplicate-row (warning): a row that repeats an earlier non-blank row cell for cell, on the later row.
 * Only records that may repeat another are looked at whole; they are grouped by rowHash, and rowKey's
 * string is built only for rows whose hash another row has.
 */
export const duplicateRow: Check = (table) => {
  const out: Finding[] = [];
  const { raw, rows, size } = recordColumns(table);
  const records = mayRepeat(table, size);
  const hashes = new Int32Array(records.length);
  for (let k = 0; k < records.length; k++) hashes[k] = rowHash(raw[records[k]]);
  const first = firstEqual(hashes, (a, b) => rowKey(raw[records[a]]) === rowKey(raw[records[b]]));
  for (let k = 0; k < first.length; k++) {
    if (first[k] === k) continue;
    out.push(
      makeFinding(
        "duplicate-row",
        { row: rows[records[k]], column: null, field: null },
        { firstRow: rows[records[first[k]]] }
      )
    );
  }
  return out;
};
