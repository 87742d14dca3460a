import { dayFromDate, isoFromDay } from "../day";
import { isCellError, type CellValue } from "./cell";

const MS_PER_DAY = 86_400_000;

function numberText(n: number): string {
  // String() prints integers below 1e21 in full (no ".0", no exponent), which covers every id Excel can
  // hold exactly (15 digits); above that, BigInt still prints the digits the cell holds.
  return Number.isInteger(n) && Math.abs(n) >= 1e21 ? BigInt(n).toString() : String(n);
}

function dateText(date: Date): string {
  const day = dayFromDate(date);
  if (day === null) return "";
  const ms = date.getTime() - day * MS_PER_DAY;
  // A date cell shows its time only when it has one.
  return ms === 0 ? isoFromDay(day) : date.toISOString().slice(0, 19);
}

/**
 * The text a cell shows, as a string field or a header reads it: text as is, a number without ".0" or
 * exponent, TRUE/FALSE, a Date as "YYYY-MM-DD" (with "THH:MM:SS" when it has a time), an Excel error as
 * its text ("#N/A"), "" for an empty cell or an invalid Date.
 */
export function cellText(raw: CellValue): string {
  if (raw === null) return "";
  switch (typeof raw) {
    case "string":
      return raw;
    case "number":
      return numberText(raw);
    case "boolean":
      return raw ? "TRUE" : "FALSE";
    default:
      if (raw instanceof Date) return dateText(raw);
      return isCellError(raw) ? String(raw.error) : "";
  }
}
