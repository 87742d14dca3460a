import type ExcelJS from "exceljs";
import type { PlanSheet, PlanTable } from "../../../engine/plan/workbook-plan";
import { addConditionalFormats } from "./add-conditional-formats";
import { layoutSheet } from "./layout-sheet";
import type { PlanStyles } from "./plan-styles";
import { writeCells } from "./write-cells";
import { writeTable } from "./write-table";

/**
 * Writes a planned sheet's contents into an empty worksheet; charts are added to the zip later,
 * and so are the body rows of the `deferred` tables (only their header is written here).
 */
export function writePlanSheet(
  worksheet: ExcelJS.Worksheet,
  sheet: PlanSheet,
  styles: PlanStyles,
  deferred: ReadonlySet<PlanTable> = new Set()
): void {
  for (const table of sheet.tables)
    writeTable(worksheet, deferred.has(table) ? { ...table, rows: [] } : table, styles);
  writeCells(worksheet, sheet.cells, styles);
  layoutSheet(worksheet, sheet);
  addConditionalFormats(worksheet, sheet.conditionalFormats);
}
