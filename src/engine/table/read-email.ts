import type { TemplateField } from "../template/types";
import type { CellValue } from "./cell";
import { readEmptyOrError } from "./read-empty-or-error";
import { fixedCell, invalidCell, okCell } from "./read-result";
import type { ReadCell } from "./table";

// local@domain.tld: no spaces, one @, a domain of dot-separated non-empty labels, a top level of 2+.
const EMAIL = /^[^\s@]+@(?:[^\s@.]+\.)+[^\s@.]{2,}$/;

/**
 * Reads an email field (domain.md §8: local@domain.tld). Kept as typed; leading or trailing spaces give
 * a "spaces" fix and full-width forms ("＠") a "full-width" fix. Anything else is invalid, "bad-email".
 */
export function readEmail(raw: CellValue, _field: TemplateField): ReadCell {
  const special = readEmptyOrError(raw);
  if (special) return special;
  if (typeof raw !== "string") return invalidCell(raw, "bad-email");
  const normal = raw.normalize("NFKC").trim();
  if (!EMAIL.test(normal)) return invalidCell(raw, "bad-email");
  if (normal === raw) return okCell(raw, raw);
  return fixedCell(raw, normal, normal, normal === raw.trim() ? "spaces" : "full-width");
}
