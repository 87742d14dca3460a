/** A purchase or summary row that cannot be used, named by row and column for the message. */
export interface RowProblem {
  /** The sheet's (or text file's) own 1-based row number. */
  row: number;
  /** The column letter ("B"), or its 1-based position in a whitespace-separated line as a letter. */
  column: string;
  /** The column's field. */
  field: string;
  /** The cell as written (shortened by the message). */
  value: string;
  code:
    | "missing"
    | "not-a-number"
    | "not-a-date"
    | "not-a-whole-number"
    | "negative"
    | "recency-after-age"
    | "recency-without-repeat"
    | "wrong-column-count";
}
