import type { TemplateField } from "../template/types";
import type { CellValue } from "./cell";
import { cellText } from "./cell-text";
import { enumLookup } from "./enum-lookup";
import { readEmptyOrError } from "./read-empty-or-error";
import { fixedCell, invalidCell, okCell } from "./read-result";
import type { ReadCell } from "./table";

// Two or more spaces in a row (ASCII, no-break or ideographic); single ones and line breaks are meant.
const DOUBLED_SPACES = /[ \u00a0\u3000]{2,}/g;

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
