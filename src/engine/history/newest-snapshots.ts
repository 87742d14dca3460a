import type { Day } from "../day";
import type { SnapshotRow } from "./snapshot";

export interface FittedHistory {
  /** The newest whole snapshots that fit, oldest first. */
  kept: readonly SnapshotRow[];
  /** The dates of the snapshots left out, oldest first. */
  leftOut: Day[];
}

/**
 * The newest whole snapshots of a history (oldest first, as appendSnapshot gives it) within `room`
 * rows. A history past Excel's last row must lose its oldest snapshots, never its newest: the next
 * refresh reads its movers against the last snapshot the sheet holds. The newest snapshot is always
 * kept, even alone past `room` (the sheet then cuts it and says so).
 */
export function newestSnapshots(history: readonly SnapshotRow[], room: number): FittedHistory {
  if (history.length <= room) return { kept: history, leftOut: [] };
  let from = history.length;
  // Back from the newest, a snapshot at a time, while the next older one still fits.
  while (from > 0) {
    let start = from - 1;
    while (start > 0 && history[start - 1].date === history[from - 1].date) start--;
    if (from < history.length && history.length - start > room) break;
    from = start;
  }
  const leftOut: Day[] = [];
  for (let i = 0; i < from; i++)
    if (i === 0 || history[i].date !== history[i - 1].date) leftOut.push(history[i].date);
  return { kept: history.slice(from), leftOut };
}
