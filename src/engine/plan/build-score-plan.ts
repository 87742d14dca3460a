import type { ScoreRun } from "../score-workbook";
import type { Lang } from "../../i18n/lang";
import { migration } from "../history/migration";
import { appendSnapshot, snapshotOf, type SnapshotRow } from "../history/snapshot";
import { buildCreditSheet } from "./build-credit-sheet";
import { buildDashboardSheet } from "./build-dashboard-sheet";
import { buildHistorySheet } from "./build-history-sheet";
import { buildMigrationSheet } from "./build-migration-sheet";
import { buildTiersSheet } from "./build-tiers-sheet";
import { buildValidationSheet } from "./build-validation-plan";
import { fitLastRow } from "./fit-last-row";
import { newestSnapshots } from "../history/newest-snapshots";
import { EXCEL_ROWS } from "../excel-limits";
import type { WorkbookPlan } from "./workbook-plan";

export interface ScorePlanOptions {
  /** The snapshots already in the workbook's history sheet (monthly refresh). */
  previousHistory?: readonly SnapshotRow[];
}

/**
 * Everything a scoring run writes: dashboard, tiers, credit, the check report, the history with this
 * run's snapshot appended, and from the second snapshot on the movers sheet.
 */
export function buildScorePlan(
  run: ScoreRun,
  lang: Lang,
  options: ScorePlanOptions = {}
): WorkbookPlan {
  const history = appendSnapshot(options.previousHistory ?? [], snapshotOf(run));
  const moves = migration(history);
  // Excel's rows below the history's header: past them the oldest snapshots go, never the newest.
  const fitted = newestSnapshots(history, EXCEL_ROWS - 1);
  return {
    sheets: [
      buildDashboardSheet(run, lang),
      buildTiersSheet(run, lang),
      buildCreditSheet(run, lang),
      buildValidationSheet(run.validation, run.template, run.asOf, lang),
      buildHistorySheet(fitted.kept, lang, fitted.leftOut),
      ...(moves ? [buildMigrationSheet(moves, lang)] : []),
    ].map((sheet) => fitLastRow(sheet, lang)),
    highlights: [],
  };
}
