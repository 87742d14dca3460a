import type { Day } from "../engine/day";
import type { HostRunOptions, WorkbookHost } from "../hosts/host";
import type { Lang } from "../i18n/lang";
import { highlightProblems, runCheck, writeCheckReport } from "../app/check";
import { readWorkbook } from "../app/read-workbook";
import { refreshTiers } from "../app/refresh";
import { readStoredSettings } from "../app/stored-settings";
import type { CommandName } from "./commandNames";
import { scoredCount } from "../engine/scored-customers";

/** What a ribbon command did, for the message the host shows (or a test checks). */
export type CommandOutcome =
  | { kind: "checked"; errors: number; warnings: number; highlighted: number }
  | { kind: "scored"; customers: number }
  | { kind: "no-table" };

/**
 * A ribbon command on a workbook: "check" writes the check report and highlights the problems;
 * "score" and "refreshTiers" are the refresh use case (results written, the workbook's own history
 * continued). The workbook's own settings are used when valid, the defaults otherwise.
 */
export async function runCommand(
  name: CommandName,
  host: WorkbookHost,
  context: { asOf: Day; lang: Lang },
  options: HostRunOptions = {}
): Promise<CommandOutcome> {
  // A ribbon command has no pane to warn in: refused settings quietly give the defaults.
  const { settings } = readStoredSettings(await host.loadSettings());
  if (name === "check") {
    const workbook = await readWorkbook(host, options);
    const result = runCheck(
      workbook,
      { sheetName: null, templateId: null },
      settings,
      context.asOf
    );
    if (result === null) return { kind: "no-table" };
    await writeCheckReport(host, result, context.asOf, context.lang, options);
    const highlighted = await highlightProblems(host, result);
    return {
      kind: "checked",
      errors: result.report.stats.errors,
      warnings: result.report.stats.warnings,
      highlighted,
    };
  }
  const refreshed = await refreshTiers(
    host,
    { asOf: context.asOf, settings },
    context.lang,
    options
  );
  if (!("run" in refreshed)) return { kind: "no-table" };
  return { kind: "scored", customers: scoredCount(refreshed.run) };
}
