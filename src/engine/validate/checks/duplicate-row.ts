import { isCellError, isEmptyCell, type CellValue } from "../../table/cell";
import type { Check } from "../context";
import { dataRecords } from "../field-cells";
import type { Finding } from "../finding";
import { makeFinding } from "../make-finding";
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
  const records = dataRecords(table);
  // Per hash: the first record with it; then any later record with the same hash but another key.
  const firstByHash = new Map<number, number>();
  const othersByHash = new Map<number, number[]>();
  for (let i = 0; i < records.length; i++) {
    const record = records[i];
    const hash = rowHash(record.raw);
    const first = firstByHash.get(hash);
    if (first === undefined) {
      firstByHash.set(hash, i);
      continue;
    }
    const key = rowKey(record.raw);
    const others = othersByHash.get(hash) ?? [];
    const same = [first, ...others].find((k) => rowKey(records[k].raw) === key);
    if (same === undefined) {
      others.push(i);
      othersByHash.set(hash, others);
      continue;
    }
    out.push(
      makeFinding(
        "duplicate-row",
        { row: record.row, column: null, field: null },
        { firstRow: records[same].row }
      )
    );
  }
  return out;
};
