import { columnLetter } from "../table/column-letter";
import type { Table } from "../table/table";
import type { ValidationReport } from "../validate/report";
import type { PlanHighlight } from "./workbook-plan";

const RANK = { error: 3, warning: 2, info: 1 } as const;

/**
 * Highlights for "Highlight problems": each finding's cell on the user's sheet, coloured by its worst
 * severity; a finding about a whole row marks the row's first cell, one about the table none.
 */
export function buildHighlights(report: ValidationReport, table: Table): PlanHighlight[] {
  const worst = new Map<string, "error" | "warning" | "info">();
  const firstColumn = columnLetter(table.columns[0]?.index ?? 0);
  for (const f of report.findings) {
    if (f.row === null) continue;
    const address = `${f.column ?? firstColumn}${f.row}`;
    const current = worst.get(address);
    if (current === undefined || RANK[f.severity] > RANK[current]) worst.set(address, f.severity);
  }
  const bySeverity = new Map<"error" | "warning" | "info", string[]>();
  for (const [address, severity] of worst) {
    if (!bySeverity.has(severity)) bySeverity.set(severity, []);
    bySeverity.get(severity)!.push(address);
  }
  return (["error", "warning", "info"] as const)
    .filter((severity) => bySeverity.has(severity))
    .map((severity) => ({ sheet: report.sheet, cells: bySeverity.get(severity)!, severity }));
}
