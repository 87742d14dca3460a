import { columnLetter } from "../table/column-letter";
import type { PlanTable } from "./workbook-plan";

/** "B5:B9": the data cells of one column of a planned table (0-based offset within the table). */
export function columnRange(table: PlanTable, offset: number): string {
  const letter = columnLetter(table.column - 1 + offset);
  const first = table.row + 1;
  const last = table.row + Math.max(table.rows.length, 1);
  return `${letter}${first}:${letter}${last}`;
}

/** "B5:F9": a table's data cells without the header, from column offset `from` to `to` (inclusive). */
export function blockRange(table: PlanTable, from: number, to: number): string {
  const first = table.row + 1;
  const last = table.row + Math.max(table.rows.length, 1);
  return `${columnLetter(table.column - 1 + from)}${first}:${columnLetter(table.column - 1 + to)}${last}`;
}

/** The sheet row just below a table, plus a gap. */
export function rowAfter(table: PlanTable, gap = 2): number {
  return table.row + table.rows.length + 1 + gap;
}
