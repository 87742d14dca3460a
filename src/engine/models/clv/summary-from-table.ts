import type { ReadCell, Table } from "../../table/table";
import { columnLetter } from "../../table/column-letter";
import { cellAt } from "../../table/field-column";
import type { PurchaseSummary } from "./clv-types";
import type { RowProblem } from "./purchase-problem";

export interface TableSummary {
  summary: PurchaseSummary;
  /** customer_id of each row, or its sheet row number without an id column. */
  ids: string[];
  /** Rows that cannot be used; when there are any, the summary must not be fitted. */
  problems: RowProblem[];
}

/** True when the table's header names frequency (x), recency (t_x) and T. */
export function isSummaryTable(table: Table): boolean {
  const f = table.fieldColumns;
  return table.headerRow !== null && "frequency" in f && "recency" in f && "T" in f;
}

/**
 * Reads a summary table (read with CLV_SUMMARY_TEMPLATE) into columns, checking each row as lifetimes
 * does: frequency a whole number >= 0, 0 <= recency <= T, recency 0 without repeat purchases, and a
 * monetary value (if the column exists) that is a number (empty: unknown). Blank rows are skipped.
 */
export function summaryFromTable(table: Table): TableSummary {
  const hasSpend = "monetary_value" in table.fieldColumns;
  const x: number[] = [];
  const tx: number[] = [];
  const T: number[] = [];
  const spend: number[] = [];
  const ids: string[] = [];
  const problems: RowProblem[] = [];
  for (let i = 0; i < table.size; i++) {
    const cell = (field: string) => (field in table.fields ? cellAt(table, field, i) : undefined);
    const problem = (field: string, code: RowProblem["code"]) =>
      problems.push({
        row: table.rows[i],
        column: columnLetter(table.fieldColumns[field]),
        field,
        value: String(cell(field)?.raw ?? ""),
        code,
      });
    const number = (field: string): number | null => {
      const v = cellNumber(cell(field));
      if (v === "missing" || v === "invalid") {
        problem(field, v === "missing" ? "missing" : "not-a-number");
        return null;
      }
      return v;
    };
    const before = problems.length;
    const xi = number("frequency");
    const txi = number("recency");
    const Ti = number("T");
    let mi = NaN;
    if (hasSpend) {
      const v = cellNumber(cell("monetary_value"));
      if (v === "invalid") problem("monetary_value", "not-a-number");
      else if (typeof v === "number") mi = v;
    }
    if (xi !== null && (!Number.isInteger(xi) || xi < 0))
      problem("frequency", xi < 0 ? "negative" : "not-a-whole-number");
    if (txi !== null && txi < 0) problem("recency", "negative");
    if (Ti !== null && txi !== null && txi > Ti) problem("recency", "recency-after-age");
    if (xi === 0 && txi !== null && txi !== 0) problem("recency", "recency-without-repeat");
    if (problems.length > before || xi === null || txi === null || Ti === null) continue;
    const id = cell("customer_id")?.value;
    ids.push(
      id === null || id === undefined || String(id).trim() === ""
        ? String(table.rows[i])
        : String(id).trim()
    );
    x.push(xi);
    tx.push(txi);
    T.push(Ti);
    spend.push(mi);
  }
  return {
    summary: {
      x: Float64Array.from(x),
      tx: Float64Array.from(tx),
      T: Float64Array.from(T),
      spend: hasSpend ? Float64Array.from(spend) : null,
    },
    ids,
    problems,
  };
}

function cellNumber(cell: ReadCell | undefined): number | "missing" | "invalid" {
  if (!cell || cell.status === "empty") return "missing";
  if (
    (cell.status === "ok" || cell.status === "fixed") &&
    typeof cell.value === "number" &&
    Number.isFinite(cell.value)
  )
    return cell.value;
  return "invalid";
}
