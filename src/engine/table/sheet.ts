import type { CellValue } from "./cell";
import type { RowSource } from "./row-source";

/** One worksheet's cells, host-neutral. */
export interface SheetData {
  name: string;
  hidden?: boolean;
  /**
   * rows[i][j] is the cell at sheet row i + 1, column j + 1. Rows may be shorter than others;
   * trailing empty rows may be absent. For a sheet with a `source`, built from it when first asked.
   */
  rows: CellValue[][];
  /**
   * Set when the sheet is read from its source on demand (a CSV's bytes): readTable then reads the
   * records from it straight into columns and never asks for `rows`, which only the faces that show or
   * copy the whole sheet need.
   */
  source?: RowSource;
  /** Merged ranges in A1 notation ("A1:F1"). Hosts already give cells covered by a merge as null. */
  merges?: string[];
  /** Sheet row numbers (1-based) that are hidden. */
  hiddenRows?: number[];
  /**
   * True when a row's length is meaningful (CSV): a row shorter than the header has missing cells
   * and a longer one has extra cells. In a workbook a short row only means empty cells at its end.
   */
  ragged?: boolean;
  /**
   * Set when the sheet is one of the add-in's own output sheets (found by the id the workbook
   * records, never by name): its plan key. The engine never reads such a sheet as customer data.
   */
  outputKey?: string;
}

/** The sheets that hold the user's data: every sheet but the add-in's own output sheets. */
export function userSheets(workbook: WorkbookData): SheetData[] {
  return workbook.sheets.filter((s) => s.outputKey === undefined);
}

export interface WorkbookData {
  /** In workbook order. */
  sheets: SheetData[];
  /** Where the data came from, for messages ("customers.xlsx"). */
  source?: string;
}
