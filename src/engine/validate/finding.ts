/** Finding codes: Frictionless Table Schema's where it has one (domain.md §3). */
export type FindingCode =
  | "header-not-found"
  | "blank-label"
  | "duplicate-label"
  | "missing-label"
  | "extra-label"
  | "blank-row"
  /** A data row that repeats the header: not a customer, skipped. */
  | "repeated-header"
  | "missing-cell"
  | "extra-cell"
  | "type-error"
  | "constraint-error"
  | "unique-error"
  | "duplicate-row"
  | "fuzzy-duplicate"
  | "formula-error"
  | "cross-field-error"
  | "future-date"
  | "stale-record"
  /** A value read generously ("1,234.50", "2024年3月5日"): the fix writes it in its proper form. */
  | "format-fix"
  /** A transactions row whose customer_id is not in the customer sheet. */
  | "unknown-customer"
  /** A customer-sheet value that the aggregated transactions replace. */
  | "transactions-override";

export type Severity = "error" | "warning" | "info";

/** A value a fix proposes: numbers and booleans as such, dates as "YYYY-MM-DD", text as text. */
export type FixValue = string | number | boolean;

export interface Finding {
  /** The sheet's own row number (1-based), or null for a finding about the whole table. */
  row: number | null;
  /** Column letter ("C"), or null. */
  column: string | null;
  /** Template field id, or null. */
  field: string | null;
  code: FindingCode;
  severity: Severity;
  /**
   * What the message needs, kept apart from the text (zod-style): e.g. { value: "abc", type: "number" },
   * { constraint: "minimum", limit: 0 }, { firstRow: 12 }.
   */
  params: Record<string, string | number | boolean | null>;
  /** The proposed fix, applied only if the user accepts it; null when no fix is safe. */
  fix: FixValue | null;
}
