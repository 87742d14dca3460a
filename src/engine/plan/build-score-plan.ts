import type { ScoreRun } from "../score-workbook";
import type { Lang } from "../../i18n/lang";
import { buildCreditSheet } from "./build-credit-sheet";
import { buildDashboardSheet } from "./build-dashboard-sheet";
import { buildTiersSheet } from "./build-tiers-sheet";
import { buildValidationSheet } from "./build-validation-plan";
import type { PlanSheet, WorkbookPlan } from "./workbook-plan";

/** Everything a scoring run writes: dashboard first, then tiers, credit and the check report. */
export function buildScorePlan(
  run: ScoreRun,
  lang: Lang,
  extraSheets: PlanSheet[] = []
): WorkbookPlan {
  return {
    sheets: [
      buildDashboardSheet(run, lang),
      buildTiersSheet(run, lang),
      buildCreditSheet(run, lang),
      buildValidationSheet(run.validation, run.template, run.asOf, lang),
      ...extraSheets,
    ],
    highlights: [],
  };
}
