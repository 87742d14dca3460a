import { dayFromDate, dayFromExcelSerial, isoFromDay } from "../day";
import type { TemplateField } from "../template/types";
import type { CellValue } from "./cell";
import { dateTextCell } from "./date-text-cell";
import { readEmptyOrError } from "./read-empty-or-error";
import { fixedCell, invalidCell, okCell } from "./read-result";
import type { ReadCell } from "./table";

/** The largest serial Excel shows as a date: 9999-12-31. */
const LAST_SERIAL = 2_958_465;

/**
 * Reads a date field as a Day. A Date cell is ok (its UTC calendar day, time dropped). A number is an
 * Excel serial (1900 system with its leap-year quirk), "fixed" with reading "excel-serial" when it is a
 * plausible date serial (1..2958465, not the fictitious 1900-02-29), otherwise invalid. Text is read by
 * parseDateText. Fixes propose the ISO text. Problem "not-a-date" for anything unreadable.
 */
export function readDate(raw: CellValue, _field: TemplateField): ReadCell {
  const special = readEmptyOrError(raw);
  if (special) return special;
  if (raw instanceof Date) {
    const day = dayFromDate(raw);
    return day === null ? invalidCell(raw, "not-a-date") : okCell(raw, day);
  }
  if (typeof raw === "number") {
    const day = raw >= 1 && raw <= LAST_SERIAL ? dayFromExcelSerial(raw) : null;
    return day === null
      ? invalidCell(raw, "not-a-date")
      : fixedCell(raw, day, isoFromDay(day), "excel-serial");
  }
  if (typeof raw === "string") return dateTextCell(raw);
  return invalidCell(raw, "not-a-date");
}
