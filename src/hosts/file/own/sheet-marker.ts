import type ExcelJS from "exceljs";

/**
 * The add-in marks each of its sheets with a data validation on A1 that accepts anything and shows
 * nothing, its prompt naming the sheet's plan key. Of what a sheet can hold unseen, this is what
 * Excel, LibreOffice (which turns "very hidden" into "hidden" and drops code names), openpyxl
 * (which renumbers sheet ids and moves sheet-scoped names to other sheets) and ExcelJS all carry
 * over with the sheet; sheet ids, visibility and names do not survive, or belong to the user.
 */
export const MARKER_TITLE = "TierSheet";

const PREFIX = "tiersheet-sheet:";

/** The prompt text that marks a sheet as the add-in's sheet for `key`. */
export function markerPrompt(key: string): string {
  return `${PREFIX}${key}`;
}

/** The key a marker prompt names, or null for any other prompt. */
export function keyFromPrompt(prompt: unknown): string | null {
  if (typeof prompt !== "string" || !prompt.startsWith(PREFIX)) return null;
  const key = prompt.slice(PREFIX.length).trim();
  return /^[a-z][a-z-]*$/.test(key) ? key : null;
}

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

/** Marks a worksheet as the add-in's sheet for `key` (see MARKER_TITLE for why a validation). */
export function markSheet(worksheet: ExcelJS.Worksheet, key: string): void {
  worksheet.getCell("A1").dataValidation = {
    type: "custom",
    allowBlank: true,
    formulae: ["TRUE"],
    showInputMessage: false,
    showErrorMessage: false,
    promptTitle: MARKER_TITLE,
    prompt: markerPrompt(key),
  };
}
