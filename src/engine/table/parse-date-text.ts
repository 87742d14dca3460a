import { dayFromParts, type Day } from "../day";
import type { GenerousReading } from "./table";

/** A date read from text: `reading` is null for ISO "2024-03-05" and compact "20240305" as they stand. */
export type ParsedDate =
  { day: Day; reading: GenerousReading | null } | { day: null; problem: "not-a-date" };

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;
const COMPACT = /^(\d{4})(\d{2})(\d{2})$/;
// y-m-d with one separator used twice (- / .), or 2024年3月5日; a time after it is dropped.
const LOOSE =
  /^(\d{4})\s*(?:([-/.])\s*(\d{1,2})\s*\2\s*(\d{1,2})|年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日?)(?:(?:\s+|T)\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;

/**
 * Reads a calendar date from typed text (domain.md §3). ISO "2024-03-05" and compact "20240305" are
 * read as they stand; "2024/3/5", "2024-3-5", "2024.3.5", "2024年3月5日" and a date with a time
 * ("2024/03/05 00:00:00", the time dropped) have reading "date-text"; an ISO date with stray spaces
 * "spaces", in full-width digits "full-width". An impossible date (2024-02-30) or any other text,
 * including day-first or month-first orders, gives problem "not-a-date".
 */
export function parseDateText(text: string): ParsedDate {
  const normal = text.normalize("NFKC");
  const s = normal.trim();
  let reading: GenerousReading | null =
    normal !== text ? "full-width" : s !== normal ? "spaces" : null;
  let year: string;
  let month: string;
  let date: string;
  const exact = ISO.exec(s) ?? COMPACT.exec(s);
  if (exact) {
    [, year, month, date] = exact;
  } else {
    const loose = LOOSE.exec(s);
    if (!loose) return { day: null, problem: "not-a-date" };
    year = loose[1];
    month = loose[3] ?? loose[5];
    date = loose[4] ?? loose[6];
    reading = "date-text";
  }
  const day = dayFromParts(Number(year), Number(month), Number(date));
  return day === null ? { day: null, problem: "not-a-date" } : { day, reading };
}
