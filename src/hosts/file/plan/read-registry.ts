import type ExcelJS from "exceljs";
import { PLAN_SHEET_KEYS, type PlanSheetKey } from "../../../engine/plan/workbook-plan";
import type { RecordedSheet } from "../own/recognise-sheets";
import { findRegistrySheet } from "./registry-sheet";

/** The workbook-level record of the add-in's sheets. */
export interface Registry {
  version: number;
  records: RecordedSheet[];
}

function isKey(value: unknown): value is PlanSheetKey {
  return typeof value === "string" && (PLAN_SHEET_KEYS as readonly string[]).includes(value);
}

function text(value: ExcelJS.CellValue): string | undefined {
  return typeof value === "string" ? value : undefined;
}

/**
 * The registry as recorded, or null when the workbook has none. Version 2 rows: key, name, range
 * written; version 1 rows: key, sheet id, name. Rows with an unknown key or a bad id are skipped,
 * and a later row for a key wins.
 */
export function readRegistry(workbook: ExcelJS.Workbook): Registry | null {
  const sheet = findRegistrySheet(workbook);
  if (!sheet) return null;
  const versionCell = sheet.getCell(1, 2).value;
  const version = typeof versionCell === "number" ? versionCell : 1;
  const records = new Map<string, RecordedSheet>();
  sheet.eachRow((row, rowNumber) => {
    if (rowNumber < 3) return;
    const key = row.getCell(1).value;
    if (!isKey(key)) return;
    if (version < 2) {
      const sheetId = row.getCell(2).value;
      const name = text(row.getCell(3).value);
      if (typeof sheetId !== "number" || !Number.isInteger(sheetId) || name === undefined) return;
      records.set(key, { key, sheetId, name });
      return;
    }
    const name = text(row.getCell(2).value);
    if (name === undefined) return;
    const box = text(row.getCell(3).value);
    records.set(key, { key, name, ...(box === undefined ? {} : { box }) });
  });
  return { version, records: [...records.values()] };
}
