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
