import type { WorkbookData } from "../engine/table/sheet";
import { CliError } from "./cli-error";

import { EXCEL_COLUMNS, EXCEL_ROWS } from "../engine/excel-limits";

export { EXCEL_COLUMNS, EXCEL_ROWS };

const grouped = (n: number) => n.toLocaleString("en-US");

/**
 * Refuses, in words, a table that no .xlsx can hold (a CSV of 16,385 columns stopped the writer
 * with "16385 is out of bounds", shown as an internal error), before any work is done. Only a
 * scored workbook needs this: validate and score --json read such a file as it is.
 */
export function checkFitsExcel(workbook: WorkbookData, fileName: string): void {
  for (const sheet of workbook.sheets) {
    const columns = sheet.rows.reduce((most, row) => Math.max(most, row.length), 0);
    if (columns > EXCEL_COLUMNS || sheet.rows.length > EXCEL_ROWS) {
      const what = columns > EXCEL_COLUMNS ? "columns" : "rows";
      const count = columns > EXCEL_COLUMNS ? columns : sheet.rows.length;
      const limit = columns > EXCEL_COLUMNS ? EXCEL_COLUMNS : EXCEL_ROWS;
      throw new CliError({
        "zh-CN": `${fileName}：工作表“${sheet.name}”有 ${grouped(count)} ${what === "columns" ? "列" : "行"}，而 Excel 工作表最多 ${grouped(limit)} ${what === "columns" ? "列" : "行"}，评分结果无法写成 .xlsx。请删去多余的${what === "columns" ? "列" : "行"}，或用 --json 输出结果。`,
        "en-US": `${fileName}: sheet "${sheet.name}" has ${grouped(count)} ${what}, and an Excel sheet holds at most ${grouped(limit)}, so the scored workbook cannot be written as .xlsx. Remove the extra ${what}, or use --json for the results.`,
      });
    }
  }
}
