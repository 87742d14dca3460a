import type { FindingCode, Severity } from "./finding";

/** The severity of every finding code (domain.md §3), kept in one place. */
export const SEVERITY: Readonly<Record<FindingCode, Severity>> = {
  "header-not-found": "error",
  "blank-label": "error",
  "duplicate-label": "error",
  "missing-label": "error",
  "extra-label": "info",
  "blank-row": "info",
  "repeated-header": "warning",
  "missing-cell": "error",
  "extra-cell": "error",
  "type-error": "error",
  "constraint-error": "error",
  "unique-error": "error",
  "duplicate-row": "warning",
  "fuzzy-duplicate": "warning",
  "formula-error": "error",
  "cross-field-error": "error",
  "future-date": "error",
  "stale-record": "warning",
  "format-fix": "info",
  "unknown-customer": "warning",
  "transactions-override": "warning",
};

/** missing-label for an optional field that a model needs is a warning, not an error (domain.md §3). */
export const NEEDED_FIELD_SEVERITY: Severity = "warning";
