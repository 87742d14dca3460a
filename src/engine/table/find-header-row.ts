import type { CellValue } from "./cell";
import { countHeaderFields } from "./count-header-fields";
import type { HeaderMatcher } from "./match-header";

/** Rows searched for the header (domain.md §3 header-not-found: "no row in the first 20"). */
export const HEADER_SEARCH_ROWS = 20;

/** The header row found: its 0-based index in SheetData.rows and how many distinct fields it names. */
export interface HeaderRowMatch {
  index: number;
  fields: number;
}

/**
 * Finds the header among the first 20 rows (domain.md §8): the row naming the most distinct template
 * fields, at least min(3, number of fields) of them; the earliest wins a tie; null when no row does.
 * Title and blank rows above the header are skipped that way; merged cells already read as null.
 */
export function findHeaderRow(
  rows: readonly (readonly (CellValue | undefined)[] | undefined)[],
  match: HeaderMatcher,
  fieldCount: number
): HeaderRowMatch | null {
  const needed = Math.max(1, Math.min(3, fieldCount));
  let best: HeaderRowMatch | null = null;
  const end = Math.min(rows.length, HEADER_SEARCH_ROWS);
  for (let i = 0; i < end; i++) {
    const row = rows[i];
    if (row === undefined) continue;
    const fields = countHeaderFields(row, match);
    if (fields >= needed && (best === null || fields > best.fields)) best = { index: i, fields };
  }
  return best;
}
