import type { CellValue } from "./cell";
import { cellText } from "./cell-text";
import type { HeaderMatcher } from "./match-header";

/**
 * A test of whether a data row repeats the header (a header pasted again below the data, or two
 * exports stacked): the cell under the key column (customer_id's, else the first matched one) names
 * that column's field, and so do at least 3 of the matched columns (all of them when fewer). Only the
 * key cell is looked at for an ordinary row, so the test costs one header match per row. The row is
 * given by its cells (`cell(j)`, undefined past its end), so that a row never built as an array (a
 * CSV's, read from its bytes) is tested the same way.
 */
export function headerRepeatTest(
  fieldColumns: Readonly<Record<string, number>>,
  match: HeaderMatcher
): (cell: (j: number) => CellValue | undefined) => boolean {
  const fields = Object.entries(fieldColumns);
  if (fields.length === 0) return () => false;
  const key = fields.find(([field]) => field === "customer_id") ?? fields[0];
  const needed = Math.min(3, fields.length);
  const names = (cell: (j: number) => CellValue | undefined, [field, index]: [string, number]) => {
    const value = cell(index);
    return typeof value === "string" && match(cellText(value)) === field;
  };
  return (cell) => {
    if (!names(cell, key)) return false;
    let hits = 0;
    for (const entry of fields) if (names(cell, entry) && ++hits >= needed) return true;
    return false;
  };
}

/** headerRepeatTest for a row held as an array. */
export function headerRepeatDetector(
  fieldColumns: Readonly<Record<string, number>>,
  match: HeaderMatcher
): (row: readonly (CellValue | undefined)[]) => boolean {
  const test = headerRepeatTest(fieldColumns, match);
  return (row) => test((j) => row[j]);
}
