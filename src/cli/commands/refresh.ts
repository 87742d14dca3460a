import * as fs from "node:fs";
import * as path from "node:path";
import type { ParsedArgs } from "../args";
import type { CliIo } from "../io";
import type { Lang } from "../../i18n/lang";
import { cliText } from "../../i18n/cli";
import { CliError } from "../cli-error";
import { localized } from "../localized";
import { asOfOption, checkOptions, fileArgument } from "../common-options";
import { loadWorkbook } from "../load-table";
import { refreshTiers } from "../../app/refresh";
import { writeFileAtomically } from "../write-scored";
import { ScoredTarget } from "../scored-target";
import { unscorableError } from "../unscorable-error";
import { settingsOption } from "./score";
import { displayPath } from "../display-path";
import { formatScoreText } from "../format/score-text";

const OPTIONS = ["sheet", "template", "as-of", "lang", "settings", "force"] as const;

/** NAME.bak.xlsx beside NAME.xlsx. */
export function backupPath(file: string): string {
  const parsed = path.parse(file);
  return path.join(parsed.dir, `${parsed.name}.bak${parsed.ext}`);
}

/**
 * `tiersheet refresh FILE.xlsx`: the monthly refresh in place. The new workbook is written beside
 * the file first; only then is the file renamed to NAME.bak.xlsx and the new one put in its place.
 */
export async function runRefresh(args: ParsedArgs, io: CliIo, lang: Lang): Promise<number> {
  checkOptions(args, OPTIONS);
  const file = fileArgument(args);
  const asOf = asOfOption(args);
  const settings = settingsOption(args, io.cwd);
  const loaded = await loadWorkbook(file, args, io.cwd, true);
  if (loaded.format !== "xlsx") throw new CliError(localized((t) => t.refreshNeedsXlsx(file)));
  const target = new ScoredTarget(loaded, args.options.force === true);
  const refreshed = await refreshTiers(
    target,
    { asOf, settings, template: loaded.template, sheetName: loaded.sheetName },
    lang
  );
  if (!("run" in refreshed)) throw unscorableError(refreshed, loaded);
  const { run } = refreshed;
  const bytes = target.scoredBytes();
  const next = `${loaded.fullPath}.${process.pid}.new`;
  writeFileAtomically(next, bytes);
  const backup = backupPath(loaded.fullPath);
  fs.rmSync(backup, { force: true });
  fs.renameSync(loaded.fullPath, backup);
  fs.renameSync(next, loaded.fullPath);
  io.out(formatScoreText(run, loaded.fileName, lang));
  io.out(
    cliText(lang).refreshed(displayPath(loaded.fullPath, io.cwd), displayPath(backup, io.cwd)) +
      "\n"
  );
  return 0;
}
