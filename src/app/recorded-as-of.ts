import { dayFromIso } from "../engine/day";
import { readAsOfProperty } from "../hosts/file/xlsx/as-of-property";

/**
 * The as-of date an opened workbook was made for ("YYYY-MM-DD", recorded by `sample`), or null: a
 * sample's purchases run up to that date, so scoring it as of today would call them future dates.
 * Only an .xlsx carries one.
 */
export function recordedAsOf(bytes: Uint8Array, fileName: string): string | null {
  if (!/\.xlsx$/i.test(fileName)) return null;
  const recorded = readAsOfProperty(bytes);
  return recorded !== null && dayFromIso(recorded) !== null ? recorded : null;
}
