import type ExcelJS from "exceljs";
import type { RegistryEntry } from "./read-registry";
import {
  REGISTRY_MARKER,
  REGISTRY_SHEET_NAME,
  REGISTRY_VERSION,
  findRegistrySheet,
} from "./registry-sheet";
import { uniqueSheetName } from "./sheet-name";

/**
 * Records the output sheets in the registry sheet, creating it (very hidden, last) when the
 * workbook has none. Layout: A1 marker, B1 version; row 2 headings; then key, sheet id, name.
 */
export function writeRegistry(workbook: ExcelJS.Workbook, entries: RegistryEntry[]): void {
  const existing = findRegistrySheet(workbook);
  if (existing) workbook.removeWorksheet(existing.id);
  const name = uniqueSheetName(
    REGISTRY_SHEET_NAME,
    workbook.worksheets.map((ws) => ws.name)
  );
  const sheet = workbook.addWorksheet(name, { state: "veryHidden" });
  sheet.getRow(1).values = [REGISTRY_MARKER, REGISTRY_VERSION];
  sheet.getRow(2).values = ["key", "sheetId", "name"];
  entries.forEach((entry, i) => {
    sheet.getRow(3 + i).values = [entry.key, entry.sheetId, entry.name];
  });
}
