import type { PlanSheet } from "../../../engine/plan/workbook-plan";
import { columnLetter } from "../../../engine/table/column-letter";

/**
 * The range from A1 to the last row and column a planned sheet writes a value to ("A1:K201"),
 * recorded so that a later refresh can tell text typed beside the add-in's output from the output.
 */
export function planSheetBox(sheet: PlanSheet): string {
  let bottom = 1;
  let right = 1;
  for (const table of sheet.tables) {
    bottom = Math.max(bottom, table.row + table.rows.length);
    right = Math.max(right, table.column + table.header.length - 1);
  }
  for (const cell of sheet.cells) {
    bottom = Math.max(bottom, cell.row);
    right = Math.max(right, cell.column);
  }
  return `A1:${columnLetter(right - 1)}${bottom}`;
}
