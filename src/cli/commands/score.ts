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
import { formatFinding } from "../../i18n/findings/format-finding";
import type { Finding } from "../../engine/validate/finding";

/**
 * The finding that leaves nothing to score: no header row, or no customer_id column. Scoring such a
 * table would print an empty summary that hides why; the user gets the reason instead (exit 2).
 */
export function tableProblem(findings: readonly Finding[]): Finding | null {
  return (
    findings.find(
      (f) =>
        f.code === "header-not-found" || (f.code === "missing-label" && f.field === "customer_id")
    ) ?? null
  );
}
import { cliText } from "../../i18n/cli";
import { defaultScoredPath, scoredWorkbookBytes, writeFileAtomically } from "../write-scored";
import { displayPath } from "./sample";

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
  const output = scoreOutputPath(args, path.resolve(io.cwd, file), io.cwd);
  const loaded = await loadWorkbook(file, args, io.cwd, output !== null);
  const { workbook, fileName, template, sheetName } = loaded;
  const run = scoreWorkbook(workbook, { asOf, settings, template, sheetName });
  if (run === null) {
    const names = workbook.sheets.map((s) => s.name).join(", ");
    throw new CliError(localized((t) => t.sheetNotFound(fileName, sheetName ?? "", names)));
  }
  if (output !== null) {
    const bytes = await scoredWorkbookBytes(loaded, run, lang, args.options.force === true);
    writeFileAtomically(output, bytes);
  }
  const unscorable = tableProblem(run.validation.findings);
  if (unscorable) {
    throw new CliError({
      "zh-CN": `${fileName}：${formatFinding(unscorable, "zh-CN", run.template)}。无法评分。`,
      "en-US": `${fileName}: ${formatFinding(unscorable, "en-US", run.template)}. Nothing to score.`,
    });
  }
  if (args.options.json) writeScoreJson(run, lang, io.out);
  else {
    io.out(formatScoreText(run, fileName, lang));
    if (output !== null) io.out(cliText(lang).wrote(displayPath(output, io.cwd)) + "\n");
  }
  return 0;
}

/**
 * Where the scored workbook goes: -o, else NAME.scored.xlsx beside the input (none with --json
 * unless -o asks for it). Never the input itself, and an existing file only with --force.
 */
export function scoreOutputPath(args: ParsedArgs, input: string, cwd: string): string | null {
  const option = args.options.o ?? args.options.output;
  if (option === undefined && args.options.json) return null;
  const output = typeof option === "string" ? path.resolve(cwd, option) : defaultScoredPath(input);
  if (path.resolve(output) === path.resolve(input)) {
    throw new CliError(localized((t) => t.outputIsInput(displayPath(output, cwd))));
  }
  if (fs.existsSync(output) && args.options.force !== true) {
    throw new CliError(localized((t) => t.outputExists(displayPath(output, cwd))));
  }
  return output;
}
