import { isCellError, isEmptyCell, type CellValue } from "../../table/cell";
import { rawRowHasher } from "../../table/raw-rows";
import type { Table } from "../../table/table";
import type { Check } from "../context";
import type { Finding } from "../finding";
import { makeFinding } from "../make-finding";
import { heldIndexes, SPARSE_PAST } from "../../table/held-indexes";
import { recordColumns, type RecordColumns } from "../record-columns";
import { valueGroups } from "../value-groups";
import { firstEqual, HASH_BITS } from "./first-equal";
import { rowHash } from "./row-hash";

function cellKey(raw: CellValue): string {
  if (isEmptyCell(raw) || raw === null) return "";
  if (raw instanceof Date) return `d${raw.getTime()}`;
  if (isCellError(raw)) return `e${raw.error}`;
  return `${typeof raw}${String(raw)}`;
}

/**
 * The whole row as typed, with empty cells at its end dropped. A long row (sparse, reaching far right)
 * is keyed by the columns and keys of its non-empty cells, so that it costs its values.
 */
export function rowKey(raw: CellValue[]): string {
  if (raw.length > SPARSE_PAST) {
    const held: (number | string)[] = [];
    for (const j of heldIndexes(raw)) {
      const key = cellKey(raw[j] ?? null);
      if (key !== "") held.push(j, key);
    }
    return JSON.stringify(held);
  }
  const keys = raw.map(cellKey);
  while (keys.length > 0 && keys[keys.length - 1] === "") keys.pop();
  return JSON.stringify(keys);
}

/**
 * The records that may repeat another, in order: those whose value of one field (the customer id,
 * else the name, else the first field with a column) another record has too, and those without a
 * readable value there. Rows that repeat each other hold the same cell there, which reads alike; in
 * a file of distinct ids no row is then hashed whole. Every record when no field has a column.
 */
function mayRepeat(table: Table, columns: RecordColumns): Int32Array {
  const size = columns.size;
  const field = ["customer_id", "name", ...Object.keys(table.fields)].find(
    (name) => table.fields[name] !== undefined
  );
  if (field === undefined) return Int32Array.from({ length: size }, (_, i) => i);
  const first = valueGroups(columns, field);
  const repeated = new Uint8Array(size);
  let count = 0;
  for (let i = 0; i < size; i++) {
    const j = first[i];
    if (j === i) continue;
    if (j !== -1 && repeated[j] === 0) {
      repeated[j] = 1;
      count++;
    }
    repeated[i] = 1;
    count++;
  }
  const records = new Int32Array(count);
  for (let i = 0, k = 0; i < size; i++) if (repeated[i] === 1) records[k++] = i;
  return records;
}

/**
 * duplicate-row (warning): a row that repeats an earlier non-blank row cell for cell, on the later row.
 * Only records that may repeat another are looked at whole; they are grouped by rowHash (or, for a
 * CSV, a hash of the row's bytes), and rowKey's string is built only for rows whose hash another
 * row has.
 */
export const duplicateRow: Check = (table) => {
  const out: Finding[] = [];
  const columns = recordColumns(table);
  const { raw, rows } = columns;
  const records = mayRepeat(table, columns);
  // A CSV's rows are hashed from its bytes: no row is built unless its hash is another's.
  const hash = rawRowHasher(raw) ?? ((i: number) => rowHash(raw[i]));
  const hashes = new Int32Array(records.length);
  for (let k = 0; k < records.length; k++) hashes[k] = hash(records[k]) & HASH_BITS;
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
