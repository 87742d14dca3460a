import type { Day } from "../engine/day";
import type { Settings } from "../engine/settings";
import { openTable, type OpenedTable } from "../engine/table/open-table";
import type { WorkbookData } from "../engine/table/sheet";
import { getBuiltinTemplate } from "../engine/template/builtin";
import type { Template } from "../engine/template/types";
import type { ValidationReport } from "../engine/validate/report";
import { validateTable } from "../engine/validate/validate";
import { buildHighlights } from "../engine/plan/build-highlights";
import { buildValidationPlan } from "../engine/plan/build-validation-plan";
import type { HostRunOptions, WorkbookHost } from "../hosts/host";
import type { Lang } from "../i18n/lang";
import { fixCells } from "./fix-cells";

export interface CheckChoice {
  /** Null = the engine picks the sheet. */
  sheetName: string | null;
  /** Null = detect the template from the headers. */
  templateId: string | null;
  /** A template to use as given (Settings' choice, e.g. one read from a sheet); wins over templateId. */
  template?: Template;
}

export interface CheckResult {
  opened: OpenedTable;
  report: ValidationReport;
}

/** Opens the chosen (or detected) sheet and template and validates it; null when the sheet is gone. */
export function runCheck(
  workbook: WorkbookData,
  choice: CheckChoice,
  settings: Settings,
  asOf: Day
): CheckResult | null {
  const template =
    choice.template ??
    (choice.templateId === null ? undefined : getBuiltinTemplate(choice.templateId));
  const opened = openTable(workbook, { template, sheetName: choice.sheetName ?? undefined });
  if (opened === null) return null;
  const report = validateTable(opened.table, opened.template, {
    asOf,
    staleDays: settings.validation.staleDays,
  });
  return { opened, report };
}

/** Writes the check report sheet (the add-in's own), whole or not at all. */
export async function writeCheckReport(
  host: WorkbookHost,
  check: CheckResult,
  asOf: Day,
  lang: Lang,
  options: HostRunOptions = {}
): Promise<void> {
  await host.applyPlan(
    buildValidationPlan(check.report, check.opened.template, asOf, lang),
    options
  );
}

/** Marks the problem cells on the user's sheet (cleared with one click); resolves to how many. */
export async function highlightProblems(host: WorkbookHost, check: CheckResult): Promise<number> {
  const highlights = buildHighlights(check.report, check.opened.table);
  await host.highlight(highlights);
  return highlights.reduce((n, h) => n + h.cells.length, 0);
}

/**
 * Writes the proposed fixes the user confirmed, to exactly those cells; resolves to how many. Dates
 * go in as date cells when the template's field is a date.
 */
export async function applyFixes(host: WorkbookHost, check: CheckResult): Promise<number> {
  if (!host.writeCells) return 0;
  const types = new Map(check.opened.template.fields.map((f) => [f.name, f.type]));
  const cells = fixCells(check.report.findings);
  await host.writeCells(
    check.report.sheet,
    cells.map((c) => ({
      address: c.address,
      value: c.value,
      date: types.get(c.finding.field ?? "") === "date",
    }))
  );
  return cells.length;
}
