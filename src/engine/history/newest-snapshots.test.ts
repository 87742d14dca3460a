import type { Day } from "../day";
import { newestSnapshots } from "./newest-snapshots";
import type { SnapshotRow } from "./snapshot";

/** `counts[i]` customers on day i + 1. */
function history(counts: number[]): SnapshotRow[] {
  return counts.flatMap((n, i) =>
    Array.from({ length: n }, (_, k) => ({
      date: (i + 1) as Day,
      customerId: `C${k}`,
      name: null,
      abc: "A",
      pyramid: null,
      segment: null,
      grade: null,
      score: null,
      value: k,
    }))
  );
}

const dates = (rows: readonly SnapshotRow[]) => [...new Set(rows.map((r) => r.date))];

describe("newestSnapshots", () => {
  it("keeps a history that fits as it is", () => {
    const all = history([3, 3]);
    expect(newestSnapshots(all, 6)).toEqual({ kept: all, leftOut: [] });
  });

  it("leaves out the oldest whole snapshots, never part of one", () => {
    const fitted = newestSnapshots(history([3, 4, 2, 3]), 9);
    expect(dates(fitted.kept)).toEqual([2, 3, 4]);
    expect(fitted.kept).toHaveLength(9);
    expect(fitted.leftOut).toEqual([1]);
    // One row short of the three newest: only the two newest fit.
    expect(dates(newestSnapshots(history([3, 4, 2, 3]), 8).kept)).toEqual([3, 4]);
    expect(newestSnapshots(history([3, 4, 2, 3]), 8).leftOut).toEqual([1, 2]);
  });

  it("keeps the newest snapshot even when it alone is past the room", () => {
    const fitted = newestSnapshots(history([2, 5]), 4);
    expect(dates(fitted.kept)).toEqual([2]);
    expect(fitted.kept).toHaveLength(5);
    expect(fitted.leftOut).toEqual([1]);
  });
});
