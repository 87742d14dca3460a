import type { TemplateField } from "../template/types";
import type { CellValue } from "./cell";
import { cellText } from "./cell-text";
import { parsePhone } from "./parse-phone";
import { readEmptyOrError } from "./read-empty-or-error";
import { fixedCell, invalidCell, okCell } from "./read-result";
import type { ReadCell } from "./table";

/**
 * Reads a phone field (domain.md §8). The value is the text as typed, trimmed: "138-0013-8000" and
 * "(010) 1234-5678" are ok as they stand, since punctuation only helps reading. A whole-number cell
 * reads as its digits (13800138000, no ".0"). Leading or trailing spaces give a "spaces" fix, full-width
 * forms a "full-width" fix; a text that is no phone (parsePhone) is invalid with problem "bad-phone".
 */
export function readPhone(raw: CellValue, _field: TemplateField): ReadCell {
  const special = readEmptyOrError(raw);
  if (special) return special;
  if (typeof raw === "number") {
    const text = cellText(raw);
    return Number.isInteger(raw) && parsePhone(text) !== null
      ? okCell(raw, text)
      : invalidCell(raw, "bad-phone");
  }
  if (typeof raw !== "string" || parsePhone(raw) === null) return invalidCell(raw, "bad-phone");
  const normal = raw.normalize("NFKC").trim();
  if (normal === raw) return okCell(raw, raw);
  return fixedCell(raw, normal, normal, normal === raw.trim() ? "spaces" : "full-width");
}
