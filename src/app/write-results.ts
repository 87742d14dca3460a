import { buildScorePlan } from "../engine/plan/build-score-plan";
import type { WorkbookPlan } from "../engine/plan/workbook-plan";
import type { ScoreRun } from "../engine/score-workbook";
import type { HostRunOptions, WorkbookHost } from "../hosts/host";
import type { Lang } from "../i18n/lang";
import { readHistory, type HistorySource } from "./history";

/**
 * The plan for the add-in's result sheets: this run, with its snapshot appended to the history the
 * workbook holds now. Every face that writes results comes through here, so none can drop the history.
 */
export async function planResults(
  source: HistorySource,
  run: ScoreRun,
  lang: Lang,
  options: HostRunOptions = {}
): Promise<WorkbookPlan> {
  return buildScorePlan(run, lang, { previousHistory: await readHistory(source, options) });
}

/** Writes a run's result sheets (history kept) into the host's workbook, whole or not at all. */
export async function writeResults(
  host: WorkbookHost,
  run: ScoreRun,
  lang: Lang,
  options: HostRunOptions = {}
): Promise<void> {
  await host.applyPlan(await planResults(host, run, lang, options), options);
}
