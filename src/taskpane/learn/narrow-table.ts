import type { LearnTable } from "./learn-card";

/**
 * The table as a task pane can show it: one with more columns than rows (five dimension names
 * across) is turned on its side, so it grows downwards instead of past the pane's edge; a matrix of
 * criteria against themselves gets numbers across.
 */
export function narrowTable(table: LearnTable): LearnTable {
  if (isMatrix(table)) {
    // A matrix of criteria against themselves (AHP): numbers across, "1 Character" down.
    return {
      corner: table.corner,
      columns: table.columns.map((_, j) => String(j + 1)),
      rows: table.rows.map((r, i) => ({ ...r, label: `${i + 1} ${r.label}` })),
    };
  }
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

/** Rows and columns name the same things in the same order, and the names are long. */
function isMatrix(table: LearnTable): boolean {
  const long = table.columns.some((c) => c.length > 2);
  return (
    long &&
    table.columns.length === table.rows.length &&
    table.columns.every((c, i) => c === table.rows[i].label)
  );
}
