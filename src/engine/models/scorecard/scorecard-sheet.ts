import type { CellValue } from "../../table/cell";
import { cellText } from "../../table/cell-text";
import { isBlankRow } from "../../table/is-blank-row";
import type { SheetData } from "../../table/sheet";

/** A sheet as the statistical scorecard reads it: titles in the first non-empty row, data below. */
export interface ScorecardSheet {
  name: string;
  /** The header's sheet row number. */
  headerRow: number;
  /** Column titles trimmed, by 0-based column ("" for a blank title). */
  titles: string[];
  /** The non-blank rows below the header: sheet row number and cells from column A. */
  rows: { row: number; cells: CellValue[] }[];
}

/** Reads a sheet's titles and data rows; null when every row is blank. */
export function readScorecardSheet(sheet: SheetData): ScorecardSheet | null {
  const headerIndex = sheet.rows.findIndex((row) => !isBlankRow(row));
  if (headerIndex < 0) return null;
  const titles = sheet.rows[headerIndex].map((cell) => cellText(cell ?? null).trim());
  while (titles.length > 0 && titles[titles.length - 1] === "") titles.pop();
  const rows: ScorecardSheet["rows"] = [];
  for (let i = headerIndex + 1; i < sheet.rows.length; i++) {
    if (!isBlankRow(sheet.rows[i])) rows.push({ row: i + 1, cells: sheet.rows[i] });
  }
  return { name: sheet.name, headerRow: headerIndex + 1, titles, rows };
}

/**
 * The column of a title: an exact match first, then one ignoring case (the first of several);
 * -1 when none.
 */
export function columnOfTitle(titles: readonly string[], name: string): number {
  const exact = titles.indexOf(name.trim());
  if (exact >= 0) return exact;
  const lower = name.trim().toLowerCase();
  return titles.findIndex((t) => t.toLowerCase() === lower);
}
