import type { Template } from "../../engine/template/types";
import type { ValidationReport } from "../../engine/validate/report";
import type { FixValue, Severity } from "../../engine/validate/finding";
import { formatFinding } from "../../i18n/findings/format-finding";
import type { Lang } from "../../i18n/lang";

/** The shape `tiersheet validate --json` prints (issue #2); keys may be added, never renamed. */
export interface ValidationJson {
  valid: boolean;
  template: string;
  sheet: string;
  headerRow: number | null;
  rows: number;
  stats: { errors: number; warnings: number; infos: number };
  findings: {
    row: number | null;
    column: string | null;
    field: string | null;
    code: string;
    severity: Severity;
    message: string;
    fix: FixValue | null;
  }[];
}

export function formatValidationJson(
  report: ValidationReport,
  template: Template,
  lang: Lang
): ValidationJson {
  return {
    valid: report.valid,
    template: report.template,
    sheet: report.sheet,
    headerRow: report.headerRow,
    rows: report.rows,
    stats: report.stats,
    findings: report.findings.map((f) => ({
      row: f.row,
      column: f.column,
      field: f.field,
      code: f.code,
      severity: f.severity,
      message: formatFinding(f, lang, template),
      fix: f.fix,
    })),
  };
}
