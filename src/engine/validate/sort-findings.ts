import { compareColumns } from "./column-letter";
import type { Finding } from "./finding";

/**
 * Findings in reading order: by row (table-wide findings without a row first), then by column (none
 * first, then A, B, ..., Z, AA); findings at one place keep the order they were produced in.
 */
export function sortFindings(findings: Finding[]): Finding[] {
  return findings
    .map((f, i) => ({ f, i }))
    .sort(
      (a, b) =>
        (a.f.row ?? 0) - (b.f.row ?? 0) ||
        (a.f.row === null ? 0 : 1) - (b.f.row === null ? 0 : 1) ||
        (a.f.column === null ? 0 : 1) - (b.f.column === null ? 0 : 1) ||
        compareColumns(a.f.column ?? "", b.f.column ?? "") ||
        a.i - b.i
    )
    .map(({ f }) => f);
}
