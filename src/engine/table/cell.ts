/**
 * A cell as a host hands it to the engine. Hosts convert their own representation into this:
 * ExcelJS rich text and hyperlinks become their text, a formula becomes its cached result,
 * a true date cell becomes a Date whose UTC fields are the calendar date and time shown in Excel.
 */
export interface CellError {
  /** The Excel error text exactly as Excel shows it, e.g. "#N/A", "#DIV/0!". */
  readonly error: string;
}

export type CellValue = string | number | boolean | Date | CellError | null;

export function isCellError(value: CellValue): value is CellError {
  return (
    typeof value === "object" && value !== null && !(value instanceof Date) && "error" in value
  );
}

/** Empty means nothing was typed: null, or text that is only white space. */
export function isEmptyCell(value: CellValue): boolean {
  return value === null || (typeof value === "string" && value.trim() === "");
}
