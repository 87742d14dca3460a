import { PLAN_SHEET_KEYS, type PlanSheetKey } from "../../../engine/plan/workbook-plan";
import type { RecordedSheet } from "../own/recognise-sheets";

/** The workbook-level record of the add-in's sheets. */
export interface Registry {
  version: number;
  records: RecordedSheet[];
}

function isKey(value: unknown): value is PlanSheetKey {
  return typeof value === "string" && (PLAN_SHEET_KEYS as readonly string[]).includes(value);
}

/**
 * The records in a registry sheet's rows (row 1: marker, version; row 2: headings). Version 2 rows:
 * key, name, range written; version 1 rows: key, sheet id, name. Rows with an unknown key or a bad
 * id are skipped, and a later row for a key wins.
 */
export function registryFromRows(rows: readonly (readonly unknown[])[]): Registry {
  const versionCell = rows[0]?.[1];
  const version = typeof versionCell === "number" ? versionCell : 1;
  const records = new Map<string, RecordedSheet>();
  const str = (value: unknown) => (typeof value === "string" ? value : undefined);
  for (const row of rows.slice(2)) {
    const key = row[0];
    if (!isKey(key)) continue;
    if (version < 2) {
      const sheetId = row[1];
      const name = str(row[2]);
      if (typeof sheetId !== "number" || !Number.isInteger(sheetId) || name === undefined) continue;
      records.set(key, { key, sheetId, name });
      continue;
    }
    const name = str(row[1]);
    if (name === undefined) continue;
    const box = str(row[2]);
    records.set(key, { key, name, ...(box === undefined ? {} : { box }) });
  }
  return { version, records: [...records.values()] };
}
