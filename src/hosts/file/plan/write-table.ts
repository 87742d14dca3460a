import type ExcelJS from "exceljs";
import type { PlanTable } from "../../../engine/plan/workbook-plan";
import type { PlanStyles } from "./plan-styles";
import { isBlankValue, writeValue } from "./write-value";

/**
 * Writes a planned table: the header (styled when asked) and the rows, each column with one shared
 * number-format style; empty values create no cell.
 */
export function writeTable(
  worksheet: ExcelJS.Worksheet,
  table: PlanTable,
  styles: PlanStyles
): void {
  const header = worksheet.getRow(table.row);
  table.header.forEach((label, i) => {
    writeValue(
      header.getCell(table.column + i),
      label,
      table.styledHeader ? styles.header : undefined,
      styles
    );
  });
  const columnStyles = table.header.map((_, i) => styles.forFormat(table.formats[i]));
  for (let r = 0; r < table.rows.length; r++) {
    const values = table.rows[r];
    const row = worksheet.getRow(table.row + 1 + r);
    for (let c = 0; c < values.length && c < table.header.length; c++) {
      const value = values[c];
      if (isBlankValue(value)) continue;
      writeValue(row.getCell(table.column + c), value, columnStyles[c], styles);
    }
  }
}
