import { isEmptyCell, type CellValue } from "./cell";
import { heldIndexes, SPARSE_PAST } from "./held-indexes";

/** True when every cell of a row is empty (null, missing, or white space); also for a missing row. */
export function isBlankRow(row: readonly (CellValue | undefined)[] | undefined): boolean {
  if (row === undefined) return true;
  const near = Math.min(row.length, SPARSE_PAST);
  for (let j = 0; j < near; j++) {
    const cell = row[j];
    if (cell !== null && cell !== undefined && !isEmptyCell(cell)) return false;
  }
  if (row.length <= SPARSE_PAST) return true;
  // Past that, a sparse row (one value in column XFD) is walked by its cells, not its 16,384 slots.
  for (const j of heldIndexes(row, SPARSE_PAST)) if (!isEmptyCell(row[j] ?? null)) return false;
  return true;
}
