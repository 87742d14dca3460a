import { PLAN_SHEET_KEYS, type PlanSheetKey } from "../../engine/plan/workbook-plan";

/** Which workbook sheet id holds each of the add-in's output sheets. */
export type SheetRegistry = Partial<Record<PlanSheetKey, string>>;

const VERSION = 1;
const KEYS = PLAN_SHEET_KEYS;

/** The registry kept under SHEETS_KEY; anything unreadable counts as no registry (no sheet is ours). */
export function parseSheetRegistry(stored: unknown): SheetRegistry {
  if (typeof stored !== "string") return {};
  let data: unknown;
  try {
    data = JSON.parse(stored);
  } catch {
    return {};
  }
  if (
    typeof data !== "object" ||
    data === null ||
    (data as { version?: unknown }).version !== VERSION
  )
    return {};
  const sheets = (data as { sheets?: unknown }).sheets;
  if (typeof sheets !== "object" || sheets === null) return {};
  const out: SheetRegistry = {};
  for (const key of KEYS) {
    const id = (sheets as Record<string, unknown>)[key];
    if (typeof id === "string" && id !== "") out[key] = id;
  }
  return out;
}

export function serializeSheetRegistry(registry: SheetRegistry): string {
  return JSON.stringify({ version: VERSION, sheets: registry });
}
