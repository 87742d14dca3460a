import type { Day } from "../day";
import type { CellValue } from "./cell";
import type { RawRows } from "./raw-rows";

/** A value read as its field's type: numbers, booleans, text; dates as Days. */
export type FieldValue = string | number | boolean;

export type CellStatus =
  /** Nothing there (null, white space, or a cell covered by a merge). */
  | "empty"
  /** Read as the field's type as it stands. */
  | "ok"
  /** Read generously: `value` holds the reading and `fix` how to write it properly. */
  | "fixed"
  /** Cannot be read as the field's type; `value` is null. */
  | "invalid"
  /** An Excel error value (#N/A, ...); `value` is null. */
  | "error";

export interface ReadCell {
  raw: CellValue;
  status: CellStatus;
  /** The value as the field's type (dates as Day); null unless status is ok or fixed. */
  value: FieldValue | null;
  /** For status "fixed": what the proper form is, and which reading was applied. */
  fix?: { value: string | number | boolean; reading: GenerousReading };
  /** For status "invalid": why, e.g. "not-a-number", "not-a-date", "bad-phone", "bad-email". */
  problem?: string;
}

/** Which generous reading turned typed text into a value (domain.md §3). */
export type GenerousReading =
  | "spaces"
  | "thousands-separator"
  | "currency-symbol"
  | "wan"
  | "percent"
  | "full-width"
  | "text-number"
  | "excel-serial"
  | "date-text"
  | "boolean-text"
  | "enum-synonym"
  | "phone-punctuation";

export interface TableColumn {
  /** 0-based column index in the sheet. */
  index: number;
  /** Column letter ("A"). */
  letter: string;
  /** The header cell's text as typed. */
  label: string;
  /** The template field this header matches, or null (blank or unknown label). */
  field: string | null;
  /** Set when the same field already has a column to the left: that column's index. */
  duplicateOf?: number;
}

/** A cell's read status as a small number, so that a column of a million fits in a Uint8Array. */
export const EMPTY = 0;
export const OK = 1;
export const FIXED = 2;
export const INVALID = 3;
export const ERROR = 4;

/**
 * One field's cells over a table's records, index i being record i. Only what every record has is
 * stored per record (a status byte and the value); the rare cells with more to say (a fix, a problem,
 * an Excel error) keep their ReadCell, which cellAt hands back whole.
 */
export interface FieldColumn {
  /** EMPTY, OK, FIXED, INVALID or ERROR per record. */
  status: Uint8Array;
  /** For number, integer and date fields: the value read (Days for dates), NaN when not readable. */
  numbers: Float64Array | null;
  /** For the other fields: the value read, null when not readable. */
  values: (FieldValue | null)[] | null;
  /** Record index -> its ReadCell, for every cell that is fixed, invalid or an Excel error. */
  details: Map<number, ReadCell>;
}

export interface Table {
  sheet: string;
  /** The header's sheet row number, or null when no header was found (header-not-found). */
  headerRow: number | null;
  /** Every column of the header row up to its last non-empty label. */
  columns: TableColumn[];
  /** Field id -> 0-based column index of the (first) column matching it. */
  fieldColumns: Record<string, number>;
  /**
   * The records: the rows from just below the header to the last non-empty row that hold anything
   * and do not repeat the header, in sheet order, by column (design.md: data is columnar).
   */
  size: number;
  /** The sheet row number of each record. */
  rows: Int32Array;
  /**
   * Each record's whole row as the sheet holds it, from column A: the sheet's own arrays, or for a sheet
   * read from its source the rows read again when asked (raw-rows.ts: rawCell, rawWidth).
   */
  raw: RawRows;
  /** Per field of fieldColumns (its first column): the record's cells read as the field's type. */
  fields: Record<string, FieldColumn>;
  /** Sheet rows inside the table holding nothing. */
  blankRows: number[];
  /** Sheet rows inside the table repeating the header (repeated-header): kept out of the records. */
  repeatedHeaderRows: number[];
  /** See SheetData.ragged. */
  ragged: boolean;
}

export type { Day };
