import type { CellValue } from "../../engine/table/cell";
import { dateFromSerial } from "./date-from-serial";

/**
 * One value from Range.values as the engine's CellValue: "" is empty, an error cell's text becomes
 * { error }, and a number shown as a date becomes a Date with the shown date in its UTC fields.
 */
export function cellFromExcel(value: unknown, isError: boolean, shownAsDate: boolean): CellValue {
  if (value === null || value === undefined || value === "") return null;
  if (typeof value === "string") return isError ? { error: value } : value;
  if (typeof value === "boolean") return value;
  if (typeof value === "number") {
    if (!Number.isFinite(value)) return null;
    return (shownAsDate && dateFromSerial(value)) || value;
  }
  return null;
}
