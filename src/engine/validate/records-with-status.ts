import type { Table } from "../table/table";

/**
 * The records, in order, whose cell of a field has the status `code` (FIXED, INVALID or ERROR). Such
 * cells are the rare ones that keep their ReadCell in the column's details, so the answer comes from
 * there: a check looking for them does not walk a million status bytes per field to find none.
 */
export function recordsWithStatus(table: Table, field: string, code: number): number[] {
  const column = table.fields[field];
  if (column === undefined || column.details.size === 0) return [];
  const out: number[] = [];
  let sorted = true;
  for (const i of column.details.keys()) {
    if (column.status[i] !== code) continue;
    if (out.length > 0 && i < out[out.length - 1]) sorted = false;
    out.push(i);
  }
  // The readers fill details in record order; a table built another way need not.
  return sorted ? out : out.sort((a, b) => a - b);
}
