import type { Day } from "../engine/day";
import { buildHighlights } from "../engine/plan/build-highlights";
import { buildScorePlan } from "../engine/plan/build-score-plan";
import { previousHistory } from "../engine/history/snapshot";
import { buildValidationPlan } from "../engine/plan/build-validation-plan";
import { scoreWorkbook } from "../engine/score-workbook";
import type { HostRunOptions, WorkbookHost } from "../hosts/host";
import type { Lang } from "../i18n/lang";
import { readWorkbook } from "../taskpane/actions/read-workbook";
import { runCheck } from "../taskpane/actions/run-check";
import { readStoredSettings } from "../taskpane/model/stored-settings";
import type { CommandName } from "./commandNames";

/** What a ribbon command did, for the message the host shows (or a test checks). */
export type CommandOutcome =
  | { kind: "checked"; errors: number; warnings: number; highlighted: number }
  | { kind: "scored"; customers: number }
  | { kind: "no-table" };

/**
 * A ribbon command on a workbook: "check" writes the check report and highlights the problems;
 * "score" and "refreshTiers" score the workbook and write the result sheets (the host keeps the
 * history). The workbook's own settings are used when valid, the defaults otherwise.
 */
export async function runCommand(
  name: CommandName,
  host: WorkbookHost,
  context: { asOf: Day; lang: Lang },
  options: HostRunOptions = {}
): Promise<CommandOutcome> {
  // A ribbon command has no pane to warn in: refused settings quietly give the defaults.
  const { settings } = readStoredSettings(await host.loadSettings());
  const workbook = await readWorkbook(host, options);
  if (name === "check") {
    const result = runCheck(
      workbook,
      { sheetName: null, templateId: null },
      settings,
      context.asOf
    );
    if (result === null) return { kind: "no-table" };
    await host.applyPlan(
      buildValidationPlan(result.report, result.opened.template, context.asOf, context.lang),
      options
    );
    const highlights = buildHighlights(result.report, result.opened.table);
    await host.highlight(highlights);
    return {
      kind: "checked",
      errors: result.report.stats.errors,
      warnings: result.report.stats.warnings,
      highlighted: highlights.reduce((n, h) => n + h.cells.length, 0),
    };
  }
  const run = scoreWorkbook(workbook, { asOf: context.asOf, settings });
  if (run === null) return { kind: "no-table" };
  const plan = buildScorePlan(run, context.lang, { previousHistory: previousHistory(workbook) });
  await host.applyPlan(plan, options);
  return { kind: "scored", customers: run.customers.length };
}
