import type { PlanHighlight, WorkbookPlan } from "../engine/plan/workbook-plan";
import type { CellValue } from "../engine/table/cell";
import type { SheetData } from "../engine/table/sheet";

/** Progress between blocks: done of total units (rows read or written). */
export type ProgressCallback = (done: number, total: number) => void;

/** One cell a confirmed fix writes on a user's sheet. */
export interface CellWrite {
  /** A1 address on the sheet. */
  address: string;
  value: string | number | boolean;
  /** The value is a "YYYY-MM-DD" date to be written as a date cell, not as text. */
  date?: boolean;
}

/** A sheet as listSheets names it. */
export interface SheetListing {
  name: string;
  hidden: boolean;
  /** Set for the add-in's own output sheets: their plan key ("tiers", "history", ...). */
  outputKey?: string;
}

export interface HostRunOptions {
  onProgress?: ProgressCallback;
  /** Checked between blocks; an abort undoes what the run had begun. */
  signal?: AbortSignal;
}

/**
 * What every face needs of a workbook, whatever holds it: Excel through Office.js (ExcelHost), or an
 * .xlsx/.csv file in Node or in the page (FileHost). Hosts compute nothing: the engine reads SheetData
 * and answers with a WorkbookPlan, which the host applies whole or not at all.
 */
export interface WorkbookHost {
  /** Sheets in workbook order; `outputKey` marks the add-in's own sheets (found by recorded id). */
  listSheets(): Promise<SheetListing[]>;
  readSheet(name: string, options?: HostRunOptions): Promise<SheetData>;
  /** Writes the add-in's own sheets (replacing its earlier ones, found by id) or nothing at all. */
  applyPlan(plan: WorkbookPlan, options?: HostRunOptions): Promise<void>;
  /** Puts highlights on a user's cells, keeping what was there so clearHighlights can restore it. */
  highlight(highlights: PlanHighlight[]): Promise<void>;
  /** Removes every highlight the add-in put on, restoring the previous formats exactly. */
  clearHighlights(): Promise<void>;
  /** Shows a cell to the user (Excel selects it; a file host may ignore it). */
  selectCell(sheet: string, address: string): Promise<void>;
  /**
   * Writes confirmed fixes to exactly the listed cells of a user's sheet and nothing else (the only
   * change to a user's cells besides highlights, and only after the user confirmed the list).
   */
  writeCells?(sheet: string, cells: CellWrite[]): Promise<void>;
  /** The sheet and address the user has selected, when the host knows it. */
  selectedCell?(): Promise<{ sheet: string; address: string } | null>;
  /**
   * Writes rows to a NEW sheet named `name`, or "name (2)"... when a sheet has that name (a user's
   * sheet is never overwritten); text cells stay text. Resolves to the name the sheet got.
   */
  writeSheet?(name: string, rows: CellValue[][]): Promise<string>;
  /** The settings JSON stored in the workbook, or null. */
  loadSettings(): Promise<string | null>;
  saveSettings(json: string): Promise<void>;
}
