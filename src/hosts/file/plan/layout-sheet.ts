import type ExcelJS from "exceljs";
import type { PlanSheet } from "../../../engine/plan/workbook-plan";
import { argb } from "./argb";

/**
 * Column widths, the frozen panes (the plan's, else below the first styled header), the autofilter
 * (ExcelJS keeps one per sheet: the first table asking for it) and the tab colour.
 */
export function layoutSheet(worksheet: ExcelJS.Worksheet, sheet: PlanSheet): void {
  sheet.columnWidths.forEach((width, i) => {
    if (Number.isFinite(width) && width > 0) worksheet.getColumn(i + 1).width = width;
  });
  const styled = sheet.tables.find((t) => t.styledHeader);
  const freeze = sheet.freeze ?? (styled ? { rows: styled.row, columns: 0 } : undefined);
  if (freeze && (freeze.rows > 0 || freeze.columns > 0)) {
    worksheet.views = [{ state: "frozen", xSplit: freeze.columns, ySplit: freeze.rows }];
  }
  const filtered = sheet.tables.find((t) => t.autoFilter && t.header.length > 0);
  if (filtered) {
    worksheet.autoFilter = {
      from: { row: filtered.row, column: filtered.column },
      to: {
        row: filtered.row + Math.max(filtered.rows.length, 1),
        column: filtered.column + filtered.header.length - 1,
      },
    };
  }
  const tab = sheet.tabColor ? argb(sheet.tabColor) : null;
  if (tab) worksheet.properties.tabColor = { argb: tab };
  if (sheet.print) {
    // One page wide and as many tall as the breaks make, so a handout prints on A4 without cut columns.
    worksheet.pageSetup = {
      ...worksheet.pageSetup,
      paperSize: 9, // A4
      orientation: sheet.print.orientation,
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      printArea: sheet.print.printArea,
    };
    for (const row of sheet.print.rowBreaks ?? []) worksheet.getRow(row).addPageBreak();
  }
}
