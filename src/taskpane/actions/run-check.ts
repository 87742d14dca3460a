import type { Day } from "../../engine/day";
import type { Settings } from "../../engine/settings";
import { openTable, type OpenedTable } from "../../engine/table/open-table";
import type { WorkbookData } from "../../engine/table/sheet";
import { getBuiltinTemplate } from "../../engine/template/builtin";
import type { Template } from "../../engine/template/types";
import type { ValidationReport } from "../../engine/validate/report";
import { validateTable } from "../../engine/validate/validate";

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
