import type { Table } from "../table/table";
import type { Template } from "../template/types";
import { blankLabel } from "./checks/blank-label";
import { blankRow } from "./checks/blank-row";
import { repeatedHeader } from "./checks/repeated-header";
import { constraintError } from "./checks/constraint-error";
import { crossFieldError } from "./checks/cross-field-error";
import { duplicateLabel } from "./checks/duplicate-label";
import { duplicateRow } from "./checks/duplicate-row";
import { extraCell } from "./checks/extra-cell";
import { extraLabel } from "./checks/extra-label";
import { formatFix } from "./checks/format-fix";
import { formulaError } from "./checks/formula-error";
import { futureDate } from "./checks/future-date";
import { fuzzyDuplicate } from "./checks/fuzzy-duplicate";
import { headerNotFound } from "./checks/header-not-found";
import { missingCell } from "./checks/missing-cell";
import { missingLabel } from "./checks/missing-label";
import { staleRecord } from "./checks/stale-record";
import { typeError } from "./checks/type-error";
import { uniqueError } from "./checks/unique-error";
import type { Check, ValidateContext } from "./context";
import type { Finding } from "./finding";
import { forgetRecordColumns } from "./record-columns";
import { buildReport, type ValidationReport } from "./report";
import { sortFindings } from "./sort-findings";

/** Every check, in the order findings at one cell are listed. */
export const CHECKS: readonly Check[] = [
  headerNotFound,
  blankLabel,
  duplicateLabel,
  missingLabel,
  extraLabel,
  blankRow,
  repeatedHeader,
  missingCell,
  extraCell,
  formulaError,
  typeError,
  constraintError,
  uniqueError,
  duplicateRow,
  fuzzyDuplicate,
  crossFieldError,
  futureDate,
  staleRecord,
  formatFix,
];

/**
 * Validates a table read with a template (domain.md §3, §8): every check's findings, sorted by row then
 * column, with counts, per-record completeness and whether the table is free of errors.
 */
export function validateTable(
  table: Table,
  template: Template,
  context: ValidateContext
): ValidationReport {
  // Pushed one by one: flatMap copied every check's findings into a new array once more.
  const findings: Finding[] = [];
  for (const check of CHECKS) {
    const found = check(table, template, context);
    for (let i = 0; i < found.length; i++) findings.push(found[i]);
  }
  const report = buildReport(table, template, sortFindings(findings));
  // The checks share one column layout of the records; it is not needed once the report is built.
  forgetRecordColumns(table);
  return report;
}
