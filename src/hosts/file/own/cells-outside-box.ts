import type ExcelJS from "exceljs";
import { parseCellRange } from "../plan/cell-range";

/** A cell's address and its value as ExcelJS holds it (formulas and rich text included). */
export interface LooseCell {
  address: string;
  value: ExcelJS.CellValue;
}

/**
 * The cells holding a value outside `box` (an A1 range) on one of the add-in's sheets: what someone
 * typed beside the add-in's output, which a refresh would otherwise drop with the sheet.
 */
export function cellsOutsideBox(worksheet: ExcelJS.Worksheet, box: string): LooseCell[] {
  const range = parseCellRange(box);
  if (range === null) return [];
  const found: LooseCell[] = [];
  worksheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    row.eachCell({ includeEmpty: false }, (cell, column) => {
      const inside =
        rowNumber >= range.top &&
        rowNumber <= range.bottom &&
        column >= range.left &&
        column <= range.right;
      // A merged range's other cells repeat its first cell's value.
      if (cell.isMerged && cell.master.address !== cell.address) return;
      if (inside || cell.value === null || cell.value === undefined) return;
      if (typeof cell.value === "string" && cell.value.trim() === "") return;
      found.push({ address: cell.address, value: cell.value });
    });
  });
  return found;
}
