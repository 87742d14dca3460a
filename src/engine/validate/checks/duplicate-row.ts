import { isCellError, isEmptyCell, type CellValue } from "../../table/cell";
import { rawRowHasher } from "../../table/raw-rows";
import type { Check } from "../context";
import type { Finding } from "../finding";
import { makeFinding } from "../make-finding";
import { recordColumns } from "../record-columns";
import { firstEqual, HASH_BITS } from "./first-equal";
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

/**
 * duplicate-row (warning): a row that repeats an earlier non-blank row cell for cell, on the later row.
 * Rows are grouped by rowHash (or the raw store's own hash); rowKey's string is built only for rows
 * whose hash another row has.
 */
export const duplicateRow: Check = (table) => {
  const out: Finding[] = [];
  const { raw, rows, size } = recordColumns(table);
  // A CSV's rows are hashed from its bytes: no row is built unless its hash is another's.
  const hash = rawRowHasher(raw) ?? ((i: number) => rowHash(raw[i]));
  const first = firstEqual(
    size,
    (i) => hash(i) & HASH_BITS,
    (a, b) => rowKey(raw[a]) === rowKey(raw[b])
  );
  for (let i = 0; i < first.length; i++) {
    if (first[i] === i) continue;
    out.push(
      makeFinding(
        "duplicate-row",
        { row: rows[i], column: null, field: null },
        { firstRow: rows[first[i]] }
      )
    );
  }
  return out;
};
