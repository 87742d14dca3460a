import type ExcelJS from "exceljs";
import { PLAN_SHEET_KEYS, type PlanSheetKey } from "../../../engine/plan/workbook-plan";
import { findRegistrySheet } from "./registry-sheet";

/** One output sheet: its plan key and its workbook sheet id (the name is kept for people reading it). */
export interface RegistryEntry {
  key: PlanSheetKey;
  sheetId: number;
  name: string;
}

const KEYS = PLAN_SHEET_KEYS;

function isKey(value: unknown): value is PlanSheetKey {
  return typeof value === "string" && (KEYS as readonly string[]).includes(value);
}

/**
 * The recorded output sheets whose id still names a sheet of the workbook (a sheet the user deleted
 * is forgotten); rows with an unknown key or a bad id are skipped, and a later row for a key wins.
 */
export function readRegistry(workbook: ExcelJS.Workbook): RegistryEntry[] {
  const sheet = findRegistrySheet(workbook);
  if (!sheet) return [];
  const entries = new Map<PlanSheetKey, RegistryEntry>();
  sheet.eachRow((row, rowNumber) => {
    if (rowNumber < 3) return;
    const key = row.getCell(1).value;
    const sheetId = row.getCell(2).value;
    if (!isKey(key) || typeof sheetId !== "number" || !Number.isInteger(sheetId)) return;
    const target = workbook.getWorksheet(sheetId);
    if (!target || target === sheet) return;
    entries.set(key, { key, sheetId, name: target.name });
  });
  return [...entries.values()];
}
