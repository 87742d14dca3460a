const DASH = 0x2d;

function digitsAt(bytes: Uint8Array, at: number, count: number): number {
  let value = 0;
  for (let k = at; k < at + count; k++) {
    const d = bytes[k] - 0x30;
    if (d < 0 || d > 9) return -1;
    value = value * 10 + d;
  }
  return value;
}

const DAYS_IN_MONTH = [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function isLeap(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/**
 * Days since 1970-01-01 of a proleptic Gregorian date, by arithmetic (H. Hinnant's days_from_civil):
 * dayFromParts asks Date, which costs more than the rest of reading the cell.
 */
function daysFromCivil(year: number, month: number, date: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) + date - 1;
  const dayOfEra =
    yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}

/**
 * The Day bytes[start, end) name when they are exactly an ISO date "YYYY-MM-DD" of a real day, else
 * NaN (the text is then read by parseDateText, which also reports what is wrong with it). The same
 * Day as dayFromParts gives.
 */
export function isoDayBytes(bytes: Uint8Array, start: number, end: number): number {
  if (end - start !== 10 || bytes[start + 4] !== DASH || bytes[start + 7] !== DASH) return NaN;
  const year = digitsAt(bytes, start, 4);
  const month = digitsAt(bytes, start + 5, 2);
  const date = digitsAt(bytes, start + 8, 2);
  // Years below 100 are left to dayFromParts, whose Date reads them as 19xx and refuses them.
  if (year < 100 || month < 1 || month > 12 || date < 1) return NaN;
  const last = month === 2 && isLeap(year) ? 29 : DAYS_IN_MONTH[month];
  return date > last ? NaN : daysFromCivil(year, month, date);
}
