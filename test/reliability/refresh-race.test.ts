import { join } from "path";
import { runCli, tempDir, type CliRun } from "../support/run-cli";
import { runCliChild } from "../support/run-cli-child";
import { sideFiles, smallWorkbook, snapshotDates } from "./refresh-history";

const LOCKED =
  /^book\.xlsx is being written by another TierSheet run \(process \d+, started .+\)\. Wait for it to finish/;

/** A different as-of date for each run, so every snapshot can be told apart. */
const day = (n: number) => new Date(Date.UTC(2026, 0, 1 + n)).toISOString().slice(0, 10);

/**
 * Checks one round of two refreshes started together: every run either refreshed (exit 0) or was
 * refused by the lock (exit 2, in words); the workbook holds every earlier snapshot plus one per
 * refresh that succeeded; the backup holds at least every earlier snapshot (the original is never
 * lost); nothing is left beside the workbook.
 */
async function checkRound(
  dir: string,
  before: string[],
  runs: [CliRun, string][]
): Promise<string[]> {
  const done = runs.filter(([run]) => run.code === 0).map(([, date]) => date);
  for (const [run] of runs) {
    if (run.code !== 0) {
      expect(run.code).toBe(2);
      expect(run.stderr).toMatch(LOCKED);
    }
  }
  expect(done.length).toBeGreaterThanOrEqual(1);
  const after = await snapshotDates(join(dir, "book.xlsx"));
  expect(after).toEqual([...before, ...done].sort());
  const backup = await snapshotDates(join(dir, "book.bak.xlsx"));
  expect(backup).toEqual(expect.arrayContaining(before));
  expect(after).toEqual(expect.arrayContaining(backup));
  expect(backup.length).toBe(after.length - 1);
  expect(sideFiles(dir)).toEqual([]);
  return after;
}

describe("two refreshes started together", () => {
  it("20 times in one process: never a snapshot or the original lost", async () => {
    const dir = tempDir();
    await smallWorkbook(join(dir, "book.xlsx"), 3);
    let dates: string[] = [];
    let refused = 0;
    for (let round = 0; round < 20; round++) {
      const a = day(2 * round);
      const b = day(2 * round + 1);
      const [first, second] = await Promise.all([
        runCli(["refresh", "book.xlsx", "--as-of", a], dir),
        runCli(["refresh", "book.xlsx", "--as-of", b], dir),
      ]);
      refused += [first, second].filter((r) => r.code !== 0).length;
      dates = await checkRound(dir, dates, [
        [first, a],
        [second, b],
      ]);
    }
    // The lock, not luck, kept the runs apart: the second of a pair was refused at least once.
    expect(refused).toBeGreaterThan(0);
  });

  it("3 times in two processes: never a snapshot or the original lost", async () => {
    const dir = tempDir();
    await smallWorkbook(join(dir, "book.xlsx"), 3);
    let dates: string[] = [];
    for (let round = 0; round < 3; round++) {
      const a = day(2 * round);
      const b = day(2 * round + 1);
      const [first, second] = await Promise.all([
        runCliChild(["refresh", "book.xlsx", "--as-of", a], {}, dir),
        runCliChild(["refresh", "book.xlsx", "--as-of", b], {}, dir),
      ]);
      dates = await checkRound(dir, dates, [
        [first, a],
        [second, b],
      ]);
    }
  });
});
