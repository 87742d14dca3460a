import type ExcelJS from "exceljs";
import { readRegistry } from "../plan/read-registry";
import { findRegistrySheet } from "../plan/registry-sheet";
import { recogniseSheets, type RecordedSheet } from "./recognise-sheets";
import { sheetMarkerKey } from "./sheet-marker";

/** The add-in's sheets of a workbook, told from the user's (recognise-sheets.ts). */
export interface OwnSheets {
  /** The registry sheet, which is neither the user's data nor an output sheet. */
  registry: ExcelJS.Worksheet | undefined;
  /** Plan key -> the add-in's sheet and what the registry recorded of it. */
  own: Map<string, { worksheet: ExcelJS.Worksheet; record: RecordedSheet }>;
  /** Sheets that look like the add-in's but cannot be confirmed, with the key they claim. */
  unconfirmed: Map<ExcelJS.Worksheet, string>;
}

/** Finds the add-in's sheets in an ExcelJS workbook by their markers and the registry. */
export function findOwnSheets(workbook: ExcelJS.Workbook): OwnSheets {
  const registry = findRegistrySheet(workbook);
  const recorded = readRegistry(workbook);
  const worksheets = workbook.worksheets.filter((ws) => ws !== registry);
  const facts = worksheets.map((ws) => ({
    name: ws.name,
    marker: sheetMarkerKey(ws),
    sheetId: ws.id,
  }));
  const found = recogniseSheets(facts, recorded?.records ?? null, recorded?.version);
  const byKey = new Map((recorded?.records ?? []).map((r) => [r.key, r]));
  const own = new Map<string, { worksheet: ExcelJS.Worksheet; record: RecordedSheet }>();
  for (const [key, index] of found.own) {
    const record = byKey.get(key);
    if (record) own.set(key, { worksheet: worksheets[index], record });
  }
  const unconfirmed = new Map<ExcelJS.Worksheet, string>();
  for (const [index, key] of found.unconfirmed) unconfirmed.set(worksheets[index], key);
  return { registry, own, unconfirmed };
}
