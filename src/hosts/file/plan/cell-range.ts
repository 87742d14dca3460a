import { EXCEL_COLUMNS, EXCEL_ROWS } from "../../../engine/excel-limits";
import { columnIndex } from "../../../engine/table/column-letter";

/** A rectangle of cells, 1-based and inclusive. */
export interface CellBox {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** "B5:C9", "$B$5", "b5" -> its box; null for anything else (whole columns or rows included). */
export function parseCellRange(range: string): CellBox | null {
  const corners = range
    .split(":")
    .map((corner) => /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/.exec(corner.trim()));
  if (corners.length < 1 || corners.length > 2 || corners.some((m) => m === null)) return null;
  const cells = corners.map((m) => ({
    column: (columnIndex(m![1]) ?? -1) + 1,
    row: Number(m![2]),
  }));
  if (
    cells.some((c) => c.column < 1 || c.column > EXCEL_COLUMNS || c.row < 1 || c.row > EXCEL_ROWS)
  )
    return null;
  const [a, b = a] = cells;
  return {
    top: Math.min(a.row, b.row),
    left: Math.min(a.column, b.column),
    bottom: Math.max(a.row, b.row),
    right: Math.max(a.column, b.column),
  };
}
