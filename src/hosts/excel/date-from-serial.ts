import { dayFromExcelSerial } from "../../engine/day";

const MS_PER_DAY = 86_400_000;

/**
 * An Excel serial (1900 system) as a Date whose UTC fields are the date and time Excel shows,
 * as cell.ts asks of hosts. Null where Excel shows no real date (serial 60, before 1900, after 9999),
 * so the caller keeps the number.
 */
export function dateFromSerial(serial: number): Date | null {
  const day = dayFromExcelSerial(serial);
  if (day === null) return null;
  const fraction = serial - Math.floor(serial);
  // Round to the millisecond so 0.5 days is exactly noon, not 11:59:59.999.
  return new Date(day * MS_PER_DAY + Math.round(fraction * MS_PER_DAY));
}
