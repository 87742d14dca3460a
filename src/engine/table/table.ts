import type { Day } from "../day";
import type { CellValue } from "./cell";

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

export interface TableRecord {
  /** The sheet's own row number. */
  row: number;
  /** The whole row as in the sheet, from column A. */
  raw: CellValue[];
  /** True when the row holds no record: every cell is empty, or it repeats the header. */
  blank: boolean;
  /** True when the row repeats the header (repeated-header): blank, but not an empty row. */
  repeatedHeader?: boolean;
  /** The row's cells read by field (first column of each matched field only). */
  cells: Record<string, ReadCell>;
}

export interface Table {
  sheet: string;
  /** The header's sheet row number, or null when no header was found (header-not-found). */
  headerRow: number | null;
  /** Every column of the header row up to its last non-empty label. */
  columns: TableColumn[];
  /** Field id -> 0-based column index of the (first) column matching it. */
  fieldColumns: Record<string, number>;
  /** The rows from just below the header to the last non-empty row. */
  records: TableRecord[];
  /** See SheetData.ragged. */
  ragged: boolean;
}

export type { Day };
