import * as fs from "node:fs";
import type { ParsedArgs } from "../args";
import type { CliIo } from "../io";
import type { Lang } from "../../i18n/lang";
import { CliError } from "../cli-error";
import { localized } from "../localized";
import { asOfOption, checkOptions, fileArgument } from "../common-options";
import { loadWorkbook } from "../load-table";
import { scoreWorkbook } from "../../engine/score-workbook";
import { DEFAULT_SETTINGS, parseSettings, type Settings } from "../../engine/settings";
import { writeScoreJson } from "../format/score-json";
import { formatScoreText } from "../format/score-text";
import * as path from "node:path";

const OPTIONS = [
  "sheet",
  "template",
  "as-of",
  "json",
  "lang",
  "settings",
  "o",
  "output",
  "force",
] as const;

/** --settings FILE.json laid over the defaults, or a clear message naming what is wrong. */
export function settingsOption(args: ParsedArgs, cwd: string): Settings {
  const file = args.options.settings;
  if (file === undefined) return DEFAULT_SETTINGS;
  if (typeof file !== "string")
    throw new CliError(localized((t) => t.optionNeedsValue("settings")));
  let text: string;
  try {
    text = fs.readFileSync(path.resolve(cwd, file), "utf8");
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new CliError(localized((t) => t.settingsUnreadable(file, reason)));
  }
  const parsed = parseSettings(text);
  if (parsed.settings === null) {
    const lines = (lang: Lang) =>
      [localized((t) => t.settingsInvalid(file))[lang]]
        .concat(parsed.issues.map((i) => `  ${i.path || "(root)"}: ${i.message[lang]}`))
        .join("\n");
    throw new CliError({ "zh-CN": lines("zh-CN"), "en-US": lines("en-US") });
  }
  return parsed.settings;
}

/** `tiersheet score FILE`: tiers and credit for every customer; a summary, or --json. */
export async function runScore(args: ParsedArgs, io: CliIo, lang: Lang): Promise<number> {
  checkOptions(args, OPTIONS);
  const file = fileArgument(args);
  const asOf = asOfOption(args);
  const settings = settingsOption(args, io.cwd);
  if (args.options.o !== undefined || args.options.output !== undefined) {
    throw new CliError(localized((t) => t.outputNotYet));
  }
  const { workbook, fileName, template, sheetName } = await loadWorkbook(file, args, io.cwd);
  const run = scoreWorkbook(workbook, { asOf, settings, template, sheetName });
  if (run === null) {
    const names = workbook.sheets.map((s) => s.name).join(", ");
    throw new CliError(localized((t) => t.sheetNotFound(fileName, sheetName ?? "", names)));
  }
  if (args.options.json) writeScoreJson(run, lang, io.out);
  else io.out(formatScoreText(run, fileName, lang));
  return 0;
}
