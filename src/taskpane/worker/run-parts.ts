import type { ScoredColumns, ScoreRun } from "../../engine/score-workbook";
import type { SheetData, WorkbookData } from "../../engine/table/sheet";
import type { Table } from "../../engine/table/table";

/** Which sheets' rows were left out of a packed run (the pane holds the same sheets). */
interface Omitted {
  sheet: boolean;
  transactionsSheet: boolean;
}

/**
 * A run as it crosses to the pane: its results as they are (columns of numbers, which copy fast),
 * its sheets' rows not at all.
 */
export interface PackedRun {
  run: ScoreRun;
  omitted: Omitted;
}

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

/** The customers' columns reading from `table` (the table that crosses) when they read a table. */
function withTable(customers: ScoredColumns, table: Table): ScoredColumns {
  const source = customers.inputs.source;
  if (source.kind !== "table") return customers;
  return { ...customers, inputs: { ...customers.inputs, source: { ...source, table } } };
}

/** A run ready for the crossing: its sheets' rows left out where the pane has them. */
export function packRun(run: ScoreRun): PackedRun {
  const main = withoutRows(run.sheet, run.table);
  const tx = run.transactions && withoutRows(run.transactions.sheet, run.transactions.table);
  return {
    run: {
      ...run,
      ...(main ?? {}),
      transactions: run.transactions && { ...run.transactions, ...(tx ?? {}) },
      customers: main ? withTable(run.customers, main.table) : run.customers,
    },
    omitted: { sheet: main !== null, transactionsSheet: tx !== null && tx !== undefined },
  };
}

/** The run again on the pane's side, its rows from the pane's sheets. */
export function unpackRun(packed: PackedRun, workbook: WorkbookData): ScoreRun {
  const { run, omitted } = packed;
  const main = omitted.sheet ? withRows(run, workbook) : null;
  const transactions =
    run.transactions && omitted.transactionsSheet
      ? { ...run.transactions, ...withRows(run.transactions, workbook) }
      : run.transactions;
  return {
    ...run,
    ...(main ?? {}),
    transactions,
    customers: main ? withTable(run.customers, main.table) : run.customers,
  };
}
