import type { CellValue } from "./cell";
import { cellText } from "./cell-text";
import type { HeaderMatcher } from "./match-header";

/** How many distinct template fields a row's cells name. */
export function countHeaderFields(
  row: readonly (CellValue | undefined)[],
  match: HeaderMatcher
): number {
  const seen = new Set<string>();
  for (let j = 0; j < row.length; j++) {
    const cell = row[j];
    if (cell === null || cell === undefined) continue;
    const field = match(cellText(cell));
    if (field !== null) seen.add(field);
  }
  return seen.size;
}
