import { compareColumns } from "./column-letter";
import type { Finding } from "./finding";

/**
 * Findings in reading order: by row (table-wide findings without a row first), then by column (none
 * first, then A, B, ..., Z, AA); findings at one place keep the order they were produced in.
 *
 * Each finding's place becomes one number first (row, then whether it has one, then its column's
 * rank among the letters present), so that a million findings are sorted by comparing numbers, not
 * by a comparison of two objects and their column letters each time.
 */
export function sortFindings(findings: Finding[]): Finding[] {
  const count = findings.length;
  const letters = new Set<string>();
  for (let i = 0; i < count; i++) {
    const column = findings[i].column;
    if (column !== null) letters.add(column);
  }
  const rank = new Map<string, number>();
  [...letters].sort(compareColumns).forEach((letter, k) => rank.set(letter, k + 1));
  const width = rank.size + 1;
  // Rows are whole sheet row numbers, so (row, has a row, column rank) is exact in one double.
  const places = new Float64Array(count);
  for (let i = 0; i < count; i++) {
    const { row, column } = findings[i];
    const byRow = (row ?? 0) * 2 + (row === null ? 0 : 1);
    places[i] = byRow * width + (column === null ? 0 : (rank.get(column) as number));
  }
  const order = Array.from({ length: count }, (_, i) => i);
  order.sort((a, b) => places[a] - places[b] || a - b);
  return order.map((i) => findings[i]);
}
