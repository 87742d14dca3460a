export { columnLetter } from "../table/column-letter";

/** Orders column letters as Excel does: by length, then alphabetically (Z before AA). */
export function compareColumns(a: string, b: string): number {
  return a.length - b.length || (a < b ? -1 : a > b ? 1 : 0);
}
