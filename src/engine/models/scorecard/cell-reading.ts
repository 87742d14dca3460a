import { isCellError, isEmptyCell, type CellValue } from "../../table/cell";
import { cellText } from "../../table/cell-text";
import { parseNumberText } from "../../table/parse-number-text";

/**
 * A cell as a numeric scorecard variable reads it: a number, typed text read as a number (with
 * the generous readings of domain.md §3, so "1.2万" is 12000), NaN when empty or an Excel error,
 * null when it holds something else (the column is then not numeric).
 */
export function numericCell(raw: CellValue | undefined): number | null {
  if (raw === undefined || isEmptyCell(raw) || isCellError(raw)) return NaN;
  if (typeof raw === "number") return Number.isFinite(raw) ? raw : null;
  if (typeof raw !== "string") return null;
  const parsed = parseNumberText(raw);
  return parsed === null ? null : parsed.value;
}

/** A cell as a categorical variable reads it: its text trimmed; null when empty or an Excel error. */
export function categoryCell(raw: CellValue | undefined): string | null {
  if (raw === undefined || isEmptyCell(raw) || isCellError(raw)) return null;
  return cellText(raw).trim();
}
