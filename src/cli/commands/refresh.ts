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
import { ScoredTarget } from "../scored-target";
import { unscorableError } from "../unscorable-error";
import { beginInPlaceWrite } from "../safe-write/replace-in-place";
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
 * `tiersheet refresh FILE.xlsx`: the monthly refresh in place, one run at a time, the file never
 * missing and a save made meanwhile never lost (safe-write/replace-in-place.ts); the file as it was
 * read becomes NAME.bak.xlsx.
 */
export async function runRefresh(args: ParsedArgs, io: CliIo, lang: Lang): Promise<number> {
  checkOptions(args, OPTIONS);
  const file = fileArgument(args);
  const asOf = asOfOption(args);
  const settings = settingsOption(args, io.cwd);
  const fullPath = path.resolve(io.cwd, file);
  // A missing file gets the reader's own message, before a lock is taken beside it.
  if (!fs.existsSync(fullPath)) await loadWorkbook(file, args, io.cwd, true);
  const backup = backupPath(fullPath);
  const inPlace = beginInPlaceWrite(fullPath, {
    shown: displayPath(fullPath, io.cwd),
    backup,
    backupShown: displayPath(backup, io.cwd),
    env: io.env,
    note: (message) => io.err(message[lang] + "\n"),
  });
  let summary: string;
  try {
    const loaded = await loadWorkbook(file, args, io.cwd, true);
    if (loaded.format !== "xlsx") throw new CliError(localized((t) => t.refreshNeedsXlsx(file)));
    const target = new ScoredTarget(loaded, args.options.force === true);
    // The refresh use case: the history read from the workbook itself, as every face does.
    const refreshed = await refreshTiers(
      target,
      { asOf, settings, template: loaded.template, sheetName: loaded.sheetName },
      lang
    );
    if (!("run" in refreshed)) throw unscorableError(refreshed, loaded);
    inPlace.commit(target.scoredBytes());
    summary = formatScoreText(refreshed.run, loaded.fileName, lang);
  } finally {
    inPlace.release();
  }
  io.out(summary);
  io.out(
    cliText(lang).refreshed(displayPath(fullPath, io.cwd), displayPath(backup, io.cwd)) + "\n"
  );
  return 0;
}
