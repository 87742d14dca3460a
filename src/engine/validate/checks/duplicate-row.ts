import { isCellError, isEmptyCell, type CellValue } from "../../table/cell";
import type { Check } from "../context";
import type { Finding } from "../finding";
import { makeFinding } from "../make-finding";
import { recordColumns } from "../record-columns";
import { firstEqual } from "./first-equal";
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
 * Rows are grouped by rowHash; rowKey's string is built only for rows whose hash another row has.
 */
export const duplicateRow: Check = (table) => {
  const out: Finding[] = [];
  const { raw, rows, size } = recordColumns(table);
  const hashes = new Int32Array(size);
  for (let i = 0; i < size; i++) hashes[i] = rowHash(raw[i]);
  const first = firstEqual(hashes, (a, b) => rowKey(raw[a]) === rowKey(raw[b]));
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
