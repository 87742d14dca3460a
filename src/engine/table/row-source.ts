import type { CellValue } from "./cell";

/**
 * One row at a time of a sheet read from its source (a CSV's bytes) instead of from arrays: readTable
 * reads each cell it needs straight into its field's column, so no array or string per cell is kept.
 */
export interface RowCursor {
  /** Moves to the next row (the first call to the first row); false when there is none. */
  next(): boolean;
  /** Goes back or forth to just before the row starting at `offset` (a row's `offset`). */
  moveTo(offset: number): void;
  /** Where the current row starts in the source: RowSource.cursor(offset) reads it again. */
  readonly offset: number;
  /** How many cells the current row has (0 for an empty line). */
  readonly width: number;
  /** True when every cell of the current row is empty as isEmptyCell says (nothing but white space). */
  isBlank(): boolean;
  /** Cell j (below width) of the current row as its text. */
  text(j: number): string;
  /**
   * Cell j as a number when its text is a plain ASCII decimal ("1234", "-5.5") that reads exactly as
   * Number() reads it; NaN otherwise, and the cell is read from its text.
   */
  plainNumber(j: number): number;
  /** Cell j as a Day when its text is an ISO date ("2024-03-05") of a real day; NaN otherwise. */
  isoDay(j: number): number;
  /**
   * A 32-bit hash of the current row's cell texts, blank cells (white space only) all alike and those
   * at the end left out: rows that hold the same texts so have the same hash (duplicate-row groups by it).
   */
  rowHash(): number;
}

/** A sheet's rows as its source holds them: read on demand, never all held as arrays by the engine. */
export interface RowSource {
  /** The first `count` rows (fewer when the sheet has fewer) as arrays: the header search and the header. */
  head(count: number): CellValue[][];
  /** At least as many as the rows there are (a cursor finds the exact number), to size columns once. */
  maxRows(): number;
  /** A cursor before the row starting at `offset` (0: before the first row). */
  cursor(offset?: number): RowCursor;
  /** Every row as arrays, as SheetData.rows holds them: only for faces that show or copy the whole sheet. */
  rows(): CellValue[][];
}
