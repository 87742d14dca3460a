import type ExcelJS from "exceljs";
import type { RecordedSheet } from "../own/recognise-sheets";
import { markSheet } from "../own/sheet-marker";
import {
  REGISTRY_KEY,
  REGISTRY_MARKER,
  REGISTRY_SHEET_NAME,
  REGISTRY_VERSION,
  findRegistrySheet,
} from "./registry-sheet";
import { uniqueSheetName } from "./sheet-name";

/**
 * Records the output sheets in the registry sheet, replacing the earlier one (very hidden, last,
 * marked). Layout: A1 marker, B1 version; row 2 headings; then key, sheet name, range written.
 */
export function writeRegistry(workbook: ExcelJS.Workbook, entries: RecordedSheet[]): void {
  const existing = findRegistrySheet(workbook);
  if (existing) workbook.removeWorksheet(existing.id);
  const name = uniqueSheetName(
    REGISTRY_SHEET_NAME,
    workbook.worksheets.map((ws) => ws.name)
  );
  const sheet = workbook.addWorksheet(name, { state: "veryHidden" });
  sheet.getRow(1).values = [REGISTRY_MARKER, REGISTRY_VERSION];
  sheet.getRow(2).values = ["key", "name", "range"];
  entries.forEach((entry, i) => {
    sheet.getRow(3 + i).values = [entry.key, entry.name, entry.box ?? null];
  });
  markSheet(sheet, REGISTRY_KEY);
}
