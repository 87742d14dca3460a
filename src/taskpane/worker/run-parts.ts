import type { ScoreOutcome } from "../../app/score";
import type { ScoredCustomer, ScoreRun } from "../../engine/score-workbook";
import type { SheetData, WorkbookData } from "../../engine/table/sheet";
import type { Table } from "../../engine/table/table";

/**
 * Customers per message. A message is deserialized in one task on the page's thread: 100,000
 * customers in one message held the page for seconds; a thousand take a few milliseconds.
 */
export const CUSTOMERS_PER_PART = 1000;

/** Which sheets' rows were left out of a packed run (the pane holds the same sheets). */
interface Omitted {
  sheet: boolean;
  transactionsSheet: boolean;
}

/** A run as it crosses to the pane: its customers come in parts, its sheets' rows not at all. */
export interface PackedRun {
  run: ScoreRun;
  omitted: Omitted;
}

/** A score outcome as it crosses: a packed run, or why there is none. */
export type PackedOutcome = { packed: PackedRun } | Exclude<ScoreOutcome, { run: ScoreRun }>;

/**
 * A sheet and its table without the rows, when the table's raw rows are the sheet's own arrays (as
 * the reader gives them): the pane puts the same rows back from its copy of the workbook, instead of
 * a second copy of every cell crossing the boundary.
 */
function withoutRows(sheet: SheetData, table: Table): { sheet: SheetData; table: Table } | null {
  for (let i = 0; i < table.size; i++) {
    if (table.raw[i] !== sheet.rows[table.rows[i] - 1]) return null;
  }
  return { sheet: { ...sheet, rows: [] }, table: { ...table, raw: [] } };
}

/** The pane's own copy of a sheet with its rows, and the table's raw rows taken from it. */
function withRows(
  packed: { sheet: SheetData; table: Table },
  workbook: WorkbookData
): { sheet: SheetData; table: Table } {
  const sheet = workbook.sheets.find((s) => s.name === packed.sheet.name);
  // The worker read the same workbook as the pane: only a bug gets here, and it is said so.
  if (sheet === undefined) throw new Error(`the pane's workbook has no sheet ${packed.sheet.name}`);
  const raw = Array.from(packed.table.rows, (row) => sheet.rows[row - 1] ?? []);
  return { sheet, table: { ...packed.table, raw } };
}

/** Splits a run for the crossing: the head to send last, the customers in parts to send first. */
export function packRun(run: ScoreRun): { head: PackedRun; parts: ScoredCustomer[][] } {
  const parts: ScoredCustomer[][] = [];
  for (let i = 0; i < run.customers.length; i += CUSTOMERS_PER_PART) {
    parts.push(run.customers.slice(i, i + CUSTOMERS_PER_PART));
  }
  const main = withoutRows(run.sheet, run.table);
  const tx = run.transactions && withoutRows(run.transactions.sheet, run.transactions.table);
  return {
    head: {
      run: {
        ...run,
        ...(main ?? {}),
        transactions: run.transactions && { ...run.transactions, ...(tx ?? {}) },
        customers: [],
      },
      omitted: { sheet: main !== null, transactionsSheet: tx !== null && tx !== undefined },
    },
    parts,
  };
}

/** The run again on the pane's side: its customers from the parts, its rows from the pane's sheets. */
export function unpackRun(
  head: PackedRun,
  parts: readonly ScoredCustomer[][],
  workbook: WorkbookData
): ScoreRun {
  const { run, omitted } = head;
  const main = omitted.sheet ? withRows(run, workbook) : {};
  const transactions =
    run.transactions && omitted.transactionsSheet
      ? { ...run.transactions, ...withRows(run.transactions, workbook) }
      : run.transactions;
  return { ...run, ...main, transactions, customers: parts.flat() };
}
