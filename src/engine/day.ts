/**
 * Calendar dates as whole days since 1970-01-01 (a "Day"), so that date arithmetic is integer
 * arithmetic and never depends on the machine's time zone.
 */
export type Day = number;

const MS_PER_DAY = 86_400_000;
/** Excel serial 25569 is 1970-01-01 (serials above 60 count the fictitious 1900-02-29). */
const EXCEL_EPOCH_OFFSET = 25_569;

export function dayFromParts(year: number, month: number, day: number): Day | null {
  const ms = Date.UTC(year, month - 1, day);
  const d = new Date(ms);
  if (
    year < 0 ||
    d.getUTCFullYear() !== year ||
    d.getUTCMonth() !== month - 1 ||
    d.getUTCDate() !== day
  ) {
    return null;
  }
  return Math.floor(ms / MS_PER_DAY);
}

/** The calendar date a Date shows in its UTC fields (hosts store cell dates that way). */
export function dayFromDate(date: Date): Day | null {
  const ms = date.getTime();
  return Number.isFinite(ms) ? Math.floor(ms / MS_PER_DAY) : null;
}

/** "2024-03-05" -> Day; null when not a real calendar date in that exact form. */
export function dayFromIso(text: string): Day | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  return m ? dayFromParts(Number(m[1]), Number(m[2]), Number(m[3])) : null;
}

export function isoFromDay(day: Day): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

/**
 * Excel's 1900 date system, with its leap-year quirk: serial 60 is the non-existent 1900-02-29,
 * so serials 1..59 are one day later than plain counting gives. Serial 60 has no real date.
 */
export function dayFromExcelSerial(serial: number): Day | null {
  if (!Number.isFinite(serial) || serial < 1 || serial === 60 || serial >= 2_958_466) return null;
  const whole = Math.floor(serial);
  return whole < 60 ? whole - EXCEL_EPOCH_OFFSET + 1 : whole - EXCEL_EPOCH_OFFSET;
}

export function excelSerialFromDay(day: Day): number {
  const serial = day + EXCEL_EPOCH_OFFSET;
  return serial < 61 ? serial - 1 : serial;
}
