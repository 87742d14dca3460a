import { BUILTIN_TEMPLATES } from "../template/builtin";
import type { Template } from "../template/types";
import { findHeaderRow, HEADER_SEARCH_ROWS } from "./find-header-row";
import { buildHeaderMatcher } from "./match-header";
import { pickSheet } from "./pick-sheet";
import { readTable } from "./read-table";
import { userSheets, type SheetData, type WorkbookData } from "./sheet";
import { sheetHead } from "./sheet-head";
import type { Table } from "./table";

export interface OpenedTable {
  template: Template;
  sheet: SheetData;
  table: Table;
  /** True when the template was chosen by looking at the headers, not named by the user. */
  templateDetected: boolean;
}

/** How many distinct template fields the best header row of a sheet names (0 without a header). */
function headerScore(sheet: SheetData, template: Template): number {
  return (
    findHeaderRow(
      sheetHead(sheet, HEADER_SEARCH_ROWS),
      buildHeaderMatcher(template),
      template.fields.length
    )?.fields ?? 0
  );
}

/**
 * Picks the sheet and template and reads the table. Without a template, each built-in is tried and the
 * one whose header names the most fields wins, in built-in order on a tie (enterprise first), so a
 * 交易明细 sheet is read as transactions and a 客户档案 sheet as a customer file. Null when the named sheet
 * does not exist or the workbook has no sheet.
 */
export function openTable(
  workbook: WorkbookData,
  options: { template?: Template; sheetName?: string } = {}
): OpenedTable | null {
  const candidates = options.template ? [options.template] : BUILTIN_TEMPLATES;
  const data: WorkbookData = { ...workbook, sheets: userSheets(workbook) };
  let best: { template: Template; sheet: SheetData; score: number } | null = null;
  for (const template of candidates) {
    const sheet = pickSheet(data, template, options.sheetName);
    if (sheet === null) return null;
    const score = candidates.length === 1 ? 0 : headerScore(sheet, template);
    if (best === null || score > best.score) best = { template, sheet, score };
  }
  if (best === null) return null;
  return {
    template: best.template,
    sheet: best.sheet,
    table: readTable(best.sheet, best.template),
    templateDetected: options.template === undefined,
  };
}
