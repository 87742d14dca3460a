import type { ReadCell } from "./table";

// Counts (orders, employees, days) are mostly small whole numbers: one frozen ok cell per value,
// shared by every cell holding it, instead of a new object per cell.
const SHARED_UP_TO = 1024;
const shared: ReadCell[] = [];
for (let n = 0; n < SHARED_UP_TO; n++)
  shared.push(Object.freeze({ raw: n, status: "ok", value: n }));

/**
 * The ok ReadCell of a number cell holding a small whole number (0..1023), shared and frozen; null
 * for any other number (negative zero included), which gets a cell of its own.
 */
export function wholeNumberCell(raw: number): ReadCell | null {
  return Number.isInteger(raw) && raw >= 0 && raw < SHARED_UP_TO && !Object.is(raw, -0)
    ? shared[raw]
    : null;
}
