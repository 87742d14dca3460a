import type { ScoredCustomer, ScoreRun } from "../../engine/score-workbook";
import { columnLetter } from "../../engine/table/column-letter";

/** One number a card shows: its text, and the raw figure when there is one (tests compare it). */
export interface LearnFigure {
  key: string;
  label: string;
  value: string;
  number?: number | null;
}

/** A small table a card draws: the RFM grid, the AHP matrix. */
export interface LearnTable {
  corner: string;
  columns: string[];
  rows: { label: string; cells: string[]; numbers?: number[] }[];
}

/** One concept of domain.md as the Learn view shows it. */
export interface LearnCard {
  id: string;
  title: string;
  explanation: string;
  formula: string;
  figures: LearnFigure[];
  table?: LearnTable;
  /** What "Show me" selects on the user's sheet; null when nothing there illustrates it. */
  showMe: { sheet: string; address: string } | null;
}

/** The cells of a field's column over the table's records ("H4:H503"), or null without that column. */
export function columnRange(run: ScoreRun, field: string): LearnCard["showMe"] {
  const index = run.table.fieldColumns[field];
  const { rows, size, headerRow } = run.table;
  if (index === undefined || size === 0 || headerRow === null) return null;
  const letter = columnLetter(index);
  // From just below the header, blank rows included, as the sheet shows the column.
  return {
    sheet: run.table.sheet,
    address: `${letter}${headerRow + 1}:${letter}${rows[size - 1]}`,
  };
}

/**
 * One customer's cell of a field; the first cell of the customer's row when the sheet has no such
 * column (a field that came from a transactions sheet).
 */
export function customerCell(
  run: ScoreRun,
  scored: ScoredCustomer,
  field: string
): LearnCard["showMe"] {
  const index = run.table.fieldColumns[field] ?? run.table.fieldColumns.customer_id ?? 0;
  return { sheet: run.table.sheet, address: `${columnLetter(index)}${scored.customer.row}` };
}

/** The whole row of a customer, from column A to the header's last column. */
export function customerRowRange(run: ScoreRun, scored: ScoredCustomer): LearnCard["showMe"] {
  const last = columnLetter(Math.max(0, run.table.columns.length - 1));
  const row = scored.customer.row;
  return { sheet: run.table.sheet, address: `A${row}:${last}${row}` };
}

/** The field the run's value measure reads its figure from. */
export function valueField(run: ScoreRun): string | null {
  const measure = run.tiers.valueMeasure;
  if (measure === "none") return null;
  return measure === "sales_amount" ? "sales_amount" : "gross_profit";
}
