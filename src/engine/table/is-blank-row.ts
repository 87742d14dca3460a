import { isEmptyCell, type CellValue } from "./cell";

/** True when every cell of a row is empty (null, missing, or white space); also for a missing row. */
export function isBlankRow(row: readonly (CellValue | undefined)[] | undefined): boolean {
  if (row === undefined) return true;
  for (let j = 0; j < row.length; j++) {
    const cell = row[j];
    if (cell !== null && cell !== undefined && !isEmptyCell(cell)) return false;
  }
  return true;
}
