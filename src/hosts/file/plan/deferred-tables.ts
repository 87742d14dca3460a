import type { PlanSheet, PlanTable } from "../../../engine/plan/workbook-plan";

/**
 * The tables of a sheet whose body rows are written straight into the package (tableBodyXml)
 * instead of through ExcelJS: those with rows, and no other content (a planned cell, another
 * table) on any of their body's rows, so the rows can be put in as one block.
 */
export function deferredTables(sheet: PlanSheet): PlanTable[] {
  return sheet.tables.filter((table) => {
    if (table.rows.length === 0 || table.header.length === 0) return false;
    const top = table.row + 1;
    const bottom = table.row + table.rows.length;
    const inBody = (row: number) => row >= top && row <= bottom;
    if (sheet.cells.some((cell) => inBody(cell.row))) return false;
    return sheet.tables.every(
      (other) => other === table || other.row + other.rows.length < top || other.row > bottom
    );
  });
}
