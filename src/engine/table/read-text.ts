import type { TemplateField } from "../template/types";
import type { CellValue } from "./cell";
import { cellText } from "./cell-text";
import { enumLookup } from "./enum-lookup";
import { readEmptyOrError } from "./read-empty-or-error";
import { fixedCell, invalidCell, okCell } from "./read-result";
import type { ReadCell } from "./table";

// Two or more spaces in a row (ASCII, no-break or ideographic); single ones and line breaks are meant.
const DOUBLED_SPACES = /[ \u00a0\u3000]{2,}/g;

function isSpace(code: number): boolean {
  return code === 0x20 || code === 0xa0 || code === 0x3000;
}

/** DOUBLED_SPACES.test without a regular expression: run for every id and name of a CSV. */
function hasDoubledSpaces(text: string): boolean {
  for (let i = 1; i < text.length; i++)
    if (isSpace(text.charCodeAt(i)) && isSpace(text.charCodeAt(i - 1))) return true;
  return false;
}

/** True for a field whose text readText reads as it stands: a plain string field, no format, no enum. */
export function isPlainTextField(field: TemplateField): boolean {
  return (
    field.type === "string" &&
    (field.format === undefined || field.format === "default") &&
    field.constraints?.enum === undefined &&
    field.enumSynonyms === undefined
  );
}

/**
 * True when readText reads this text of a plain text field (isPlainTextField) as ok with the text
 * itself as its value: not empty, no spaces to fix. A reader of a million ids can then store the text
 * without a ReadCell per cell.
 */
export function isPlainText(text: string): boolean {
  return text !== "" && text.trim() === text && !hasDoubledSpaces(text);
}

/**
 * Reads a string field. Text is ok as typed; leading/trailing or doubled inner spaces give a "spaces"
 * fix with the cleaned text. Other cells read as the text they show (cellText: a number keeps no ".0"
 * and no exponent, so an id stays whole; a Date becomes ISO text). For an enum field, a value that spells
 * a canonical value or one of its synonyms (ignoring case and spaces) reads as the canonical value, ok;
 * any other value keeps its text, for the constraint check to report.
 */
export function readText(raw: CellValue, field: TemplateField): ReadCell {
  const special = readEmptyOrError(raw);
  if (special) return special;
  if (raw instanceof Date && !Number.isFinite(raw.getTime())) return invalidCell(raw, "not-a-date");
  if (typeof raw === "number" && !Number.isFinite(raw)) return invalidCell(raw, "not-a-number");
  const text = cellText(raw);
  const canonical = enumLookup(field, text);
  if (canonical !== null) return okCell(raw, canonical);
  if (typeof raw !== "string") return okCell(raw, text);
  const clean = raw.trim().replace(DOUBLED_SPACES, " ");
  return clean === raw ? okCell(raw, raw) : fixedCell(raw, clean, clean, "spaces");
}
