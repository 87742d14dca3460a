import type { Table } from "./table";

/**
 * The index of the record read from sheet row `row`, or -1. Records are in sheet order, so a
 * binary search over the table's rows finds it without an index of every row.
 */
export function recordOfRow(table: Pick<Table, "rows">, row: number): number {
  const rows = table.rows;
  let lo = 0;
  let hi = rows.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const at = rows[mid];
    if (at === row) return mid;
    if (at < row) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}
