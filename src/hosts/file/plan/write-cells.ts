import type ExcelJS from "exceljs";
import type { PlanCell } from "../../../engine/plan/workbook-plan";
import type { PlanStyles } from "./plan-styles";
import { writeValue } from "./write-value";

/** Writes planned single cells (titles, labels, notes, key figures) with their look and format. */
export function writeCells(
  worksheet: ExcelJS.Worksheet,
  cells: PlanCell[],
  styles: PlanStyles
): void {
  for (const cell of cells) {
    writeValue(
      worksheet.getCell(cell.row, cell.column),
      cell.value,
      styles.forCell(cell.style, cell.format),
      styles
    );
  }
}
