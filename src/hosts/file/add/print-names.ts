import type { PlanPrint } from "../../../engine/plan/workbook-plan";
import { absoluteRange, quotedSheet, type AddedName } from "./edit-workbook-xml";

/** "1:4" -> "$1:$4", "A:B" -> "$A:$B" (whole rows or columns, as print titles name them). */
function absoluteLines(lines: string): string {
  return lines
    .split(":")
    .map((part) => `$${part.trim().toUpperCase()}`)
    .join(":");
}

/**
 * The defined names that carry a planned sheet's page setup in the workbook part: its print area
 * and its print titles (columns first, then rows, as Excel writes them), scoped to the sheet.
 */
export function printNames(sheetName: string, print: PlanPrint, index: number): AddedName[] {
  const names: AddedName[] = [];
  const sheet = quotedSheet(sheetName);
  if (print.printArea) {
    names.push({
      name: "_xlnm.Print_Area",
      sheet: index,
      formula: `${sheet}!${absoluteRange(print.printArea)}`,
    });
  }
  const titles = [print.titleColumns, print.titleRows]
    .filter((lines): lines is string => Boolean(lines))
    .map((lines) => `${sheet}!${absoluteLines(lines)}`);
  if (titles.length > 0)
    names.push({ name: "_xlnm.Print_Titles", sheet: index, formula: titles.join(",") });
  return names;
}
