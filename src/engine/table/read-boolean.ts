import type { TemplateField } from "../template/types";
import type { CellValue } from "./cell";
import { readEmptyOrError } from "./read-empty-or-error";
import { fixedCell, invalidCell, okCell } from "./read-result";
import type { ReadCell } from "./table";

// Spellings people type for yes and no, compared lower-cased and trimmed.
const YES = new Set(["是", "对", "y", "yes", "1", "√", "✓", "✔"]);
const NO = new Set(["否", "错", "n", "no", "0", "×", "✗", "✘"]);

/**
 * Reads a boolean field. TRUE/FALSE cells and the text "true"/"false" in any case are ok; 是/否, 对/错,
 * Y/N, yes/no, 1/0 (text or number) and √/× are "fixed" with reading "boolean-text" (stray spaces around
 * "true" give reading "spaces", full-width letters "full-width"). Anything else is invalid with problem "not-a-boolean".
 */
export function readBoolean(raw: CellValue, _field: TemplateField): ReadCell {
  const special = readEmptyOrError(raw);
  if (special) return special;
  if (typeof raw === "boolean") return okCell(raw, raw);
  if (raw === 1 || raw === 0) return fixedCell(raw, raw === 1, raw === 1, "boolean-text");
  if (typeof raw !== "string") return invalidCell(raw, "not-a-boolean");
  const text = raw.normalize("NFKC").trim().toLowerCase();
  if (text === "true" || text === "false") {
    const value = text === "true";
    if (text === raw.toLowerCase()) return okCell(raw, value);
    return fixedCell(raw, value, value, raw.trim() === raw ? "full-width" : "spaces");
  }
  if (YES.has(text)) return fixedCell(raw, true, true, "boolean-text");
  if (NO.has(text)) return fixedCell(raw, false, false, "boolean-text");
  return invalidCell(raw, "not-a-boolean");
}
