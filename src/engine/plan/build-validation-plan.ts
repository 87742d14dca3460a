import { isoFromDay, type Day } from "../day";
import type { Template } from "../template/types";
import type { ValidationReport } from "../validate/report";
import { formatFinding } from "../../i18n/findings/format-finding";
import type { Lang } from "../../i18n/lang";
import { planText } from "../../i18n/plan";
import { FORMATS, type PlanSheet, type PlanTable, type WorkbookPlan } from "./workbook-plan";
import { madeRows } from "./plan-rows";
import { rowAfter } from "./table-range";
import { EXCEL_ROWS } from "../excel-limits";

/** Rows of the sheet that are not findings or completeness: title, counts, note, header, gap, title, header. */
const FIXED_ROWS = 8;

/**
 * The check report sheet: the counts, every finding with its row, column, field, code, severity,
 * message and proposed fix, then each customer's completeness. Within Excel's last row: past it,
 * findings come first, and a note on row 3 says how many of each are shown.
 */
export function buildValidationSheet(
  report: ValidationReport,
  template: Template,
  asOf: Day,
  lang: Lang,
  lastRow = EXCEL_ROWS
): PlanSheet {
  const room = Math.max(0, lastRow - FIXED_ROWS);
  const shownFindings = report.findings.slice(0, Math.max(0, room - 1));
  const totalCompleteness = report.completeness.scores.length;
  const shownCompleteness = Math.min(totalCompleteness, Math.max(0, room - shownFindings.length));
  const cut =
    shownFindings.length < report.findings.length || shownCompleteness < totalCompleteness;
  const t = planText(lang).validation;
  const titleOf = (field: string | null) =>
    field === null ? null : (template.fields.find((f) => f.name === field)?.title[lang] ?? field);
  const findings: PlanTable = {
    name: "validation_findings",
    row: 4,
    column: 1,
    header: t.header,
    rows: shownFindings.map((f) => [
      f.row,
      f.column,
      titleOf(f.field),
      f.code,
      f.severity,
      formatFinding(f, lang, template),
      f.fix,
    ]),
    formats: [
      FORMATS.integer,
      FORMATS.text,
      FORMATS.text,
      FORMATS.text,
      FORMATS.text,
      FORMATS.text,
      null,
    ],
    styledHeader: true,
    autoFilter: true,
  };
  const completenessRow = rowAfter(findings);
  const completeness: PlanTable = {
    name: "validation_completeness",
    row: completenessRow + 1,
    column: 1,
    header: t.completenessHeader,
    // Made when written: one per customer.
    rows: madeRows(shownCompleteness, (i) => [
      report.completeness.rows[i],
      report.completeness.customerIds[i],
      report.completeness.scores[i],
    ]),
    formats: [FORMATS.integer, FORMATS.text, FORMATS.percent],
    styledHeader: true,
    autoFilter: false,
  };
  const { errors, warnings, infos } = report.stats;
  return {
    key: "validation",
    name: planText(lang).sheets.validation,
    tables: [findings, completeness],
    cells: [
      { row: 1, column: 1, value: t.title(report.sheet, isoFromDay(asOf)), style: "title" },
      { row: 2, column: 1, value: t.counts(errors, warnings, infos), style: "note" },
      { row: completenessRow, column: 1, value: t.completenessTitle, style: "label" },
      ...(cut
        ? [
            {
              row: 3,
              column: 1,
              value: t.cut(
                shownFindings.length,
                report.findings.length,
                shownCompleteness,
                totalCompleteness
              ),
              style: "note" as const,
            },
          ]
        : []),
    ],
    charts: [],
    conditionalFormats: [
      {
        kind: "text-fill",
        range: `E5:E${4 + Math.max(findings.rows.length, 1)}`,
        text: "error",
        fill: "#F8D7DA",
        font: "#842029",
      },
      {
        kind: "text-fill",
        range: `E5:E${4 + Math.max(findings.rows.length, 1)}`,
        text: "warning",
        fill: "#FFF3CD",
        font: "#664D03",
      },
    ],
    columnWidths: [8, 8, 16, 18, 10, 70, 16],
    freeze: { rows: 4, columns: 0 },
    tabColor: "#C0504D",
  };
}

/** The plan of a check alone: the check report sheet. */
export function buildValidationPlan(
  report: ValidationReport,
  template: Template,
  asOf: Day,
  lang: Lang
): WorkbookPlan {
  return { sheets: [buildValidationSheet(report, template, asOf, lang)], highlights: [] };
}
