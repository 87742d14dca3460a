import type ExcelJS from "exceljs";
import { MARKER_TITLE, keyFromPrompt } from "../own/sheet-marker";
import { registryFromRows, type Registry } from "./read-registry";
import { REGISTRY_KEY, REGISTRY_MARKER } from "./registry-sheet";

/*
 * Tests open the add-in's outputs with ExcelJS (a devDependency) as an independent reader, to see
 * that another program finds the markers and the registry the part writer wrote. The product
 * itself reads them from the parts (xlsx/read-xlsx-parts.ts, add/apply-plan-by-parts.ts).
 */

interface Validation {
  prompt?: unknown;
  promptTitle?: unknown;
}

/** The key of the marker on a worksheet's A1, or null when it has none. */
export function sheetMarkerKey(worksheet: ExcelJS.Worksheet): string | null {
  // ExcelJS keeps validations on a member its typings do not show.
  const model = (
    worksheet as unknown as { dataValidations?: { model?: Record<string, Validation> } }
  ).dataValidations?.model;
  const validation = model?.A1;
  if (!validation || validation.promptTitle !== MARKER_TITLE) return null;
  return keyFromPrompt(validation.prompt);
}

/** The registry sheet, as the product recognises it (marked, or version 1 and not visible). */
export function findRegistrySheet(workbook: ExcelJS.Workbook): ExcelJS.Worksheet | undefined {
  return workbook.worksheets.find((ws) => {
    if (ws.getCell(1, 1).value !== REGISTRY_MARKER) return false;
    if (sheetMarkerKey(ws) === REGISTRY_KEY) return true;
    return ws.state !== "visible" && ws.getCell(1, 2).value === 1;
  });
}

/** The registry of a workbook as recorded (registryFromRows), or null when it has none. */
export function readRegistry(workbook: ExcelJS.Workbook): Registry | null {
  const sheet = findRegistrySheet(workbook);
  if (!sheet) return null;
  const rows: unknown[][] = [];
  sheet.eachRow((row, rowNumber) => {
    rows[rowNumber - 1] = [1, 2, 3].map((c) => row.getCell(c).value);
  });
  for (let i = 0; i < rows.length; i++) rows[i] = rows[i] ?? [];
  return registryFromRows(rows);
}
