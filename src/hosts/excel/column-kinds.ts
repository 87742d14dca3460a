import { rowAt } from "../../engine/plan/plan-rows";
import type { PlanRows } from "../../engine/plan/workbook-plan";

/** "text": only strings (and blanks); "none": no strings; "mixed": both. */
export type ColumnKind = "text" | "none" | "mixed";

/**
 * What each column holds, which decides how it is made text-safe: Excel turns a string typed into a
 * General cell into a formula (= + - @), a number ("00123", "(2)", "1e5"), a date or a boolean, so
 * every string goes into a cell formatted "@" before its value is written.
 */
export function columnKinds(rows: PlanRows, width: number): ColumnKind[] {
  const strings = new Array<boolean>(width).fill(false);
  const others = new Array<boolean>(width).fill(false);
  for (let i = 0; i < rows.length; i++) {
    const row = rowAt(rows, i);
    for (let j = 0; j < width; j++) {
      const v = row[j];
      if (typeof v === "string") strings[j] = true;
      else if (v !== null && v !== undefined) others[j] = true;
    }
  }
  return strings.map((s, j) => (s && others[j] ? "mixed" : s ? "text" : "none"));
}
