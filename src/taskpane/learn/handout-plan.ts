import { buildHandoutSheet } from "../../engine/plan/build-handout-sheet";
import type { WorkbookPlan } from "../../engine/plan/workbook-plan";
import type { ScoreRun } from "../../engine/score-workbook";
import type { Lang } from "../../i18n/lang";

/** "Export summary": a plan holding only the printable handout, no highlights. */
export function handoutPlan(run: ScoreRun, lang: Lang): WorkbookPlan {
  return { sheets: [buildHandoutSheet(run, lang)], highlights: [] };
}
