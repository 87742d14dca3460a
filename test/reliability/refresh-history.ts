import { readdirSync } from "fs";
import { readWorkbookFile } from "../../src/hosts/file/read-file";
import { isoFromDay, previousHistory } from "../../src/engine/history/snapshot";
import { runCli } from "../support/run-cli";

/** The dates of the snapshots in a workbook's history sheet, sorted; throws if it is not whole. */
export async function snapshotDates(file: string): Promise<string[]> {
  const workbook = await readWorkbookFile(file);
  return [...new Set(previousHistory(workbook).map((r) => isoFromDay(r.date)))].sort();
}

/** A small enterprise workbook of `rows` customers at `file`. */
export async function smallWorkbook(file: string, rows = 5): Promise<void> {
  const run = await runCli([
    "sample",
    "--kind",
    "enterprise",
    "--rows",
    String(rows),
    "--seed",
    "7",
    "--as-of",
    "2026-10-01",
    "-o",
    file,
  ]);
  if (run.code !== 0) throw new Error(run.stderr);
}

/** The files of a folder that TierSheet keeps beside a workbook while it writes (lock, new, backup). */
export function sideFiles(dir: string): string[] {
  return readdirSync(dir).filter((name) => name.startsWith(".~tiersheet-"));
}
