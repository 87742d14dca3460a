import type { LearnTable } from "./learn-card";

/**
 * The table as a task pane can show it: one with more columns than rows (five dimension names
 * across) is turned on its side, so it grows downwards instead of past the pane's edge.
 */
export function narrowTable(table: LearnTable): LearnTable {
  if (table.columns.length <= table.rows.length) return table;
  return {
    corner: table.corner,
    columns: table.rows.map((r) => r.label),
    rows: table.columns.map((label, j) => ({
      label,
      cells: table.rows.map((r) => r.cells[j]),
      ...(table.rows.every((r) => r.numbers !== undefined)
        ? { numbers: table.rows.map((r) => r.numbers![j]) }
        : {}),
    })),
  };
}
