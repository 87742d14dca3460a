import { isCellError, isEmptyCell, type CellValue } from "../../table/cell";
import type { Check } from "../context";
import { dataRecords } from "../field-cells";
import type { Finding } from "../finding";
import { makeFinding } from "../make-finding";

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

/** duplicate-row (warning): a row that repeats an earlier non-blank row cell for cell, on the later row. */
export const duplicateRow: Check = (table) => {
  const out: Finding[] = [];
  const firstRow = new Map<string, number>();
  for (const record of dataRecords(table)) {
    const key = rowKey(record.raw);
    const first = firstRow.get(key);
    if (first === undefined) firstRow.set(key, record.row);
    else
      out.push(
        makeFinding(
          "duplicate-row",
          { row: record.row, column: null, field: null },
          { firstRow: first }
        )
      );
  }
  return out;
};
