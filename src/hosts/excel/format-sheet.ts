import type { PlanCell, PlanSheet } from "../../engine/plan/workbook-plan";
import { areaAddress, cellAddress, columnLetters } from "./a1";
import { addConditionalFormat } from "./add-conditional-format";
import type { XlWorksheet } from "./office-subset";
import { tableArea } from "./write-table";

/** Excel column width in points for a width in characters of the default font (7 px a character + 5 px padding). */
export function pointsFromCharacters(characters: number): number {
  return Math.round((characters * 7 + 5) * 0.75 * 100) / 100;
}

/** Writes the single cells' values, text-safe (strings into "@" cells). Part of the values phase. */
export function writeCells(sheet: XlWorksheet, cells: readonly PlanCell[]): void {
  for (const cell of cells) {
    if (cell.value === null) continue;
    const range = sheet.getRange(cellAddress(cell.row - 1, cell.column - 1));
    if (typeof cell.value === "string") range.numberFormat = [["@"]];
    range.values = [
      [typeof cell.value === "number" && !Number.isFinite(cell.value) ? null : cell.value],
    ];
  }
}

/**
 * The formats phase of a sheet, after all values: cell formats and styles, column widths, frozen
 * panes, the autofilter (Excel allows one per sheet: the first table that asks), conditional
 * formats and the tab colour.
 */
export function formatSheet(sheet: XlWorksheet, plan: PlanSheet): void {
  for (const cell of plan.cells) {
    const range = sheet.getRange(cellAddress(cell.row - 1, cell.column - 1));
    if (cell.format && typeof cell.value !== "string") range.numberFormat = [[cell.format]];
    if (cell.style === "title") {
      range.format.font.bold = true;
      range.format.font.size = 14;
    } else if (cell.style === "label") range.format.font.bold = true;
    else if (cell.style === "note") {
      range.format.font.italic = true;
      range.format.font.color = "#595959";
    }
  }
  plan.columnWidths.forEach((chars, i) => {
    const letter = columnLetters(i);
    sheet.getRange(`${letter}:${letter}`).format.columnWidth = pointsFromCharacters(chars);
  });
  const { rows = 0, columns = 0 } = plan.freeze ?? {};
  if (rows > 0 && columns > 0)
    sheet.freezePanes.freezeAt(
      areaAddress({ top: 0, left: 0, bottom: rows - 1, right: columns - 1 })
    );
  else if (rows > 0) sheet.freezePanes.freezeRows(rows);
  else if (columns > 0) sheet.freezePanes.freezeColumns(columns);
  const filtered = plan.tables.find((t) => t.autoFilter);
  if (filtered) sheet.autoFilter.apply(areaAddress(tableArea(filtered)));
  for (const f of plan.conditionalFormats) addConditionalFormat(sheet, f);
  if (plan.tabColor) sheet.tabColor = plan.tabColor;
  if (plan.print) {
    // One page wide, as many tall as the breaks make: a handout prints on A4 without cut columns.
    sheet.pageLayout.paperSize = "A4";
    sheet.pageLayout.orientation = plan.print.orientation === "portrait" ? "Portrait" : "Landscape";
    if (plan.print.fitToWidth) sheet.pageLayout.zoom = { horizontalFitToPages: 1 };
    if (plan.print.printArea) sheet.pageLayout.setPrintArea(plan.print.printArea);
    if (plan.print.titleRows)
      sheet.pageLayout.setPrintTitleRows(`$${plan.print.titleRows.replace(":", ":$")}`);
    if (plan.print.titleColumns)
      sheet.pageLayout.setPrintTitleColumns(`$${plan.print.titleColumns.replace(":", ":$")}`);
    if (plan.print.gridLines) sheet.pageLayout.printGridlines = true;
    // Excel puts a break above the cell it is given; the plan means "after this row".
    for (const row of plan.print.rowBreaks ?? []) sheet.horizontalPageBreaks.add(`A${row + 1}`);
  }
}
