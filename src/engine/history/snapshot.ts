import { dayFromDate, dayFromExcelSerial, dayFromIso, isoFromDay, type Day } from "../day";
import type { ScoreRun } from "../score-workbook";
import type { CellValue } from "../table/cell";
import type { SheetData } from "../table/sheet";
import { scoredCount, scoredCreditAt, scoredNameAt, scoredTiersAt } from "../scored-customers";

/** One customer in one refresh: what the history sheet keeps (issue #4: date, customer, tier, level, segment, grade, score). */
export interface SnapshotRow {
  date: Day;
  customerId: string;
  name: string | null;
  abc: string | null;
  pyramid: string | null;
  segment: string | null;
  grade: string | null;
  score: number | null;
  value: number | null;
}

/** The history sheet's columns, in order; the sheet is read back by position, whatever its header's language. */
export const SNAPSHOT_COLUMNS = [
  "date",
  "customerId",
  "name",
  "abc",
  "pyramid",
  "segment",
  "grade",
  "score",
  "value",
] as const;

/** This run's snapshot. */
export function snapshotOf(run: ScoreRun): SnapshotRow[] {
  const rows: SnapshotRow[] = [];
  for (let i = 0; i < scoredCount(run); i++) {
    const tiers = scoredTiersAt(run, i);
    const credit = scoredCreditAt(run, i);
    rows.push({
      date: run.asOf,
      customerId: tiers.customer_id,
      name: scoredNameAt(run, i),
      abc: tiers.abc,
      pyramid: tiers.pyramid,
      segment: tiers.rfm?.segment ?? null,
      grade: credit.grade,
      score: credit.score,
      value: tiers.value,
    });
  }
  return rows;
}

function text(cell: CellValue | undefined): string | null {
  if (cell === null || cell === undefined || typeof cell === "object") return null;
  const s = String(cell).trim();
  return s === "" ? null : s;
}

function number(cell: CellValue | undefined): number | null {
  return typeof cell === "number" && Number.isFinite(cell) ? cell : null;
}

function day(cell: CellValue | undefined): Day | null {
  if (cell instanceof Date) return dayFromDate(cell);
  if (typeof cell === "number") return dayFromExcelSerial(cell);
  if (typeof cell === "string") return dayFromIso(cell.trim());
  return null;
}

/**
 * Reads the add-in's history sheet back (row 1 is its header). Rows whose date or customer id cannot
 * be read are skipped: the sheet is the add-in's own, so only a user's edit can make one.
 */
export function readSnapshots(sheet: SheetData): SnapshotRow[] {
  const rows: SnapshotRow[] = [];
  for (const row of sheet.rows.slice(1)) {
    const date = day(row[0]);
    const customerId = text(row[1]);
    if (date === null || customerId === null) continue;
    rows.push({
      date,
      customerId,
      name: text(row[2]),
      abc: text(row[3]),
      pyramid: text(row[4]),
      segment: text(row[5]),
      grade: text(row[6]),
      score: number(row[7]),
      value: number(row[8]),
    });
  }
  return rows;
}

/** Earlier snapshots plus this one; a refresh on the same as-of date replaces that date's snapshot. */
export function appendSnapshot(
  previous: readonly SnapshotRow[],
  current: readonly SnapshotRow[]
): SnapshotRow[] {
  const date = current[0]?.date;
  return previous
    .filter((r) => r.date !== date)
    .concat(current)
    .sort((a, b) => a.date - b.date);
}

export { isoFromDay };

/** The snapshots of the workbook's own history sheet (found by its recorded id), or none. */
export function previousHistory(workbook: { sheets: SheetData[] }): SnapshotRow[] {
  const sheet = workbook.sheets.find((s) => s.outputKey === "history");
  return sheet ? readSnapshots(sheet) : [];
}
