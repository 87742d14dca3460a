import type { PlanRows, PlanValue } from "./workbook-plan";

/**
 * A table's rows made one at a time, when a host writes them, from the run's columns: a million
 * customers are never held as a million arrays beside the columns they come from (design.md: data is
 * columnar; results stream to a sheet part). Each call makes a fresh row.
 */
export interface MadeRows {
  readonly length: number;
  row(index: number): PlanValue[];
}

/** Rows of `length` made by `make` when asked for. */
export function madeRows(length: number, make: (index: number) => PlanValue[]): MadeRows {
  return { length, row: make };
}

/** Row `index` (0-based) of a table's rows, held or made. */
export function rowAt(rows: PlanRows, index: number): readonly PlanValue[] {
  if (index < 0 || index >= rows.length)
    throw new RangeError(`row ${index} of a table of ${rows.length} rows`);
  return isMade(rows) ? rows.row(index) : rows[index];
}

/** The first `count` rows, made no sooner than before. */
export function firstRows(rows: PlanRows, count: number): PlanRows {
  if (count >= rows.length) return rows;
  const n = Math.max(0, count);
  return isMade(rows) ? madeRows(n, rows.row) : rows.slice(0, n);
}

/** Every row as an array, for small tables and tests: made rows are made, all of them. */
export function rowList(rows: PlanRows): (readonly PlanValue[])[] {
  return isMade(rows) ? Array.from({ length: rows.length }, (_, i) => rows.row(i)) : [...rows];
}

function isMade(rows: PlanRows): rows is MadeRows {
  return !Array.isArray(rows);
}
