import type { Template } from "../template/types";
import { findHeaderRow, HEADER_SEARCH_ROWS } from "./find-header-row";
import { buildHeaderMatcher } from "./match-header";
import type { SheetData, WorkbookData } from "./sheet";
import { sheetHead } from "./sheet-head";

/**
 * The sheet to read with a template. With a name: the sheet of that exact name, else the first whose
 * name matches ignoring case, else null. Without one: the sheet whose header row names the most
 * template fields, visible sheets before hidden ones (a hidden sheet is taken only when no visible
 * sheet has a header, domain.md §8), the earliest on a tie. When no sheet has a header, the first
 * visible sheet (else the first sheet), so that reading it reports header-not-found; null only for a
 * workbook without sheets.
 */
export function pickSheet(
  workbook: WorkbookData,
  template: Template,
  sheetName?: string
): SheetData | null {
  const sheets = workbook.sheets;
  if (sheetName !== undefined) {
    const exact = sheets.find((s) => s.name === sheetName);
    if (exact) return exact;
    const lower = sheetName.toLowerCase();
    return sheets.find((s) => s.name.toLowerCase() === lower) ?? null;
  }
  const match = buildHeaderMatcher(template);
  let best: SheetData | null = null;
  let bestRank = -Infinity;
  for (const sheet of sheets) {
    const found = findHeaderRow(
      sheetHead(sheet, HEADER_SEARCH_ROWS),
      match,
      template.fields.length
    );
    if (found === null) continue;
    // Any visible sheet with a header outranks every hidden one.
    const rank = found.fields + (sheet.hidden === true ? 0 : 1_000_000);
    if (rank > bestRank) {
      best = sheet;
      bestRank = rank;
    }
  }
  return best ?? sheets.find((s) => s.hidden !== true) ?? sheets[0] ?? null;
}
