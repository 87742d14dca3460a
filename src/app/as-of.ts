import { dayFromDate, dayFromIso, isoFromDay, type Day } from "../engine/day";

/** Today's calendar date where the user is, as "YYYY-MM-DD" (the as-of date's default). */
export function todayIso(now: Date): string {
  const local = new Date(Date.UTC(now.getFullYear(), now.getMonth(), now.getDate()));
  return isoFromDay(dayFromDate(local) ?? 0);
}

/** The as-of date typed in the date field; null when it is not a real date. */
export function parseAsOf(text: string): Day | null {
  return dayFromIso(text.trim());
}
