import type { Day } from "../day";

const MS_PER_DAY = 86_400_000;

/** A Day as the Date a host gives for a date cell (UTC midnight). */
export function dateOfDay(day: Day): Date {
  return new Date(day * MS_PER_DAY);
}

/** Money to the cent. */
export function cents(value: number): number {
  return Math.round(value * 100) / 100;
}
