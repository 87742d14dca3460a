import {
  appendSnapshot,
  previousHistory,
  snapshotOf,
  type SnapshotRow,
} from "../engine/history/snapshot";
import { migration, type Migration } from "../engine/history/migration";
import { buildScorePlan } from "../engine/plan/build-score-plan";
import type { ScoreRun } from "../engine/score-workbook";
import type { HostRunOptions, WorkbookHost } from "../hosts/host";
import type { Lang } from "../i18n/lang";
import { readWorkbook } from "./read-workbook";
import { scoreRequest, type ScoreRequest, type Unscorable } from "./score";

/** What a refresh needs of a host: read its sheets, apply a plan. */
export type RefreshHost = Pick<WorkbookHost, "listSheets" | "readSheet" | "applyPlan">;

/** A refresh done: the run, the history the workbook now holds, and who moved between its last two snapshots. */
export interface Refreshed {
  run: ScoreRun;
  history: SnapshotRow[];
  migration: Migration | null;
}

/**
 * The monthly refresh: reads the workbook afresh through the host (its customers and its own history
 * sheet, never a face's memory), scores it, and writes the result sheets with this run's snapshot
 * appended to that history. The same for the pane, the ribbon and the CLI.
 */
export async function refreshTiers(
  host: RefreshHost,
  request: ScoreRequest,
  lang: Lang,
  options: HostRunOptions = {}
): Promise<Refreshed | Unscorable> {
  const workbook = await readWorkbook(host, options);
  const outcome = scoreRequest(workbook, request);
  if (!("run" in outcome)) return outcome;
  const previous = previousHistory(workbook);
  const plan = buildScorePlan(outcome.run, lang, { previousHistory: previous });
  await host.applyPlan(plan, options);
  const history = appendSnapshot(previous, snapshotOf(outcome.run));
  return { run: outcome.run, history, migration: migration(history) };
}
