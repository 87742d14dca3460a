import { rowAt } from "../../../engine/plan/plan-rows";
import type { PlanFormat, PlanSheet, PlanValue } from "../../../engine/plan/workbook-plan";

/** What a planned sheet will hold at a cell. */
export interface PlanCellLookup {
  /** The planned value, undefined where nothing is planned. */
  value(row: number, column: number): PlanValue | undefined;
  /** The planned number format, null for General. */
  format(row: number, column: number): PlanFormat | null;
}

/**
 * Answers "what is planned at this cell" without building a grid, so a chart's cache over a
 * 100,000-row table costs its own length, not the sheet's size. Single cells win over tables.
 */
export function planCellLookup(sheet: PlanSheet): PlanCellLookup {
  const cells = new Map(sheet.cells.map((cell) => [`${cell.row}:${cell.column}`, cell]));
  const tableAt = (row: number, column: number) =>
    sheet.tables.find(
      (t) =>
        column >= t.column &&
        column < t.column + t.header.length &&
        row >= t.row &&
        row <= t.row + t.rows.length
    );
  return {
    value(row, column) {
      const cell = cells.get(`${row}:${column}`);
      if (cell) return cell.value;
      const table = tableAt(row, column);
      if (!table) return undefined;
      const c = column - table.column;
      return row === table.row ? table.header[c] : rowAt(table.rows, row - table.row - 1)[c];
    },
    format(row, column) {
      const cell = cells.get(`${row}:${column}`);
      if (cell) return cell.format ?? null;
      const table = tableAt(row, column);
      if (!table || row === table.row) return null;
      return table.formats[column - table.column] ?? null;
    },
  };
}
