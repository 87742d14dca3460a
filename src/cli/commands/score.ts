import * as fs from "node:fs";
import type { ParsedArgs } from "../args";
import type { CliIo } from "../io";
import type { Lang } from "../../i18n/lang";
import { CliError } from "../cli-error";
import { localized } from "../localized";
import { asOfForFile, checkOptions, fileArgument } from "../common-options";
import { loadWorkbook } from "../load-table";
import type { ScoreRun } from "../../engine/score-workbook";
import { scoreRequest } from "../../app/score";
import { unscorableError } from "../unscorable-error";
import type { Day } from "../../engine/day";
import { DEFAULT_SETTINGS, parseSettings, type Settings } from "../../engine/settings";
import { writeScoreJson } from "../format/score-json";
import { formatScoreText } from "../format/score-text";
import * as path from "node:path";

import { cliText } from "../../i18n/cli";
import {
  defaultScoredPath,
  planScoredWorkbook,
  scoredWorkbookPieces,
  type ScoredWrite,
} from "../write-scored";
import { checkOutputTarget } from "../safe-write/output-target";
import { writeNewOutput } from "../safe-write/write-new-output";
import { checkFitsExcel } from "../excel-limits";
import { displayPath } from "../display-path";

export { tableProblem } from "../../app/score";

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
  "engine",
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

/** What a scoring run leaves for `score` to do once the table and the run are let go. */
interface ScoreOutcome {
  write: ScoredWrite | null;
  /** The summary to print, or the run itself for --json (which prints every customer). */
  text: string | null;
  json: ScoreRun | null;
}

/**
 * Loads, scores and plans in a function of its own: what it returns holds no table and, unless
 * --json asks for every customer, no run, so they can be collected before a large workbook is written.
 */
async function scoreFile(
  file: string,
  args: ParsedArgs,
  io: CliIo,
  options: { asOf: Day; settings: Settings; lang: Lang; writing: boolean }
): Promise<ScoreOutcome> {
  const { asOf, settings, lang } = options;
  const loaded = await loadWorkbook(file, args, io.cwd, options.writing);
  const { workbook, fileName, template, sheetName } = loaded;
  if (options.writing) checkFitsExcel(workbook, fileName);
  const outcome = scoreRequest(workbook, { asOf, settings, template, sheetName });
  // Nothing to score: no workbook is written, the reason is the message (exit 2).
  if (!("run" in outcome)) throw unscorableError(outcome, loaded);
  const { run } = outcome;
  const write = options.writing ? await planScoredWorkbook(loaded, run, lang) : null;
  const json = args.options.json === true;
  return {
    write,
    text: json ? null : formatScoreText(run, fileName, lang),
    json: json ? run : null,
  };
}

/** `tiersheet score FILE`: tiers and credit for every customer; a summary, or --json. */
export async function runScore(args: ParsedArgs, io: CliIo, lang: Lang): Promise<number> {
  checkOptions(args, OPTIONS);
  const file = fileArgument(args);
  const asOf = asOfForFile(args, path.resolve(io.cwd, file), (iso) =>
    io.err(cliText(lang).asOfFromWorkbook(iso) + "\n")
  );
  const settings = settingsOption(args, io.cwd);
  const engine = args.options.engine;
  if (engine !== undefined && engine !== "typescript")
    return scoreOnDuckDb(args, io, { file, asOf, settings, lang, engine });
  const output = scoreOutputPath(args, path.resolve(io.cwd, file), io.cwd);
  const outcome = await scoreFile(file, args, io, {
    asOf,
    settings,
    lang,
    writing: output !== null,
  });
  // Nothing to score (no header, no id column): the reason, and no workbook that looks like a result.
  if (output !== null && outcome.write !== null) {
    writeNewOutput(
      output,
      displayPath(output, io.cwd),
      // In pieces: the workbook is written part by part, never copied whole into one buffer.
      await scoredWorkbookPieces(outcome.write, (message) => io.err(message[lang] + "\n")),
      io.env,
      (message) => io.err(message[lang] + "\n")
    );
  }
  if (outcome.json) {
    await writeScoreJson(outcome.json, lang, io.out, () => io.drained?.() ?? Promise.resolve());
  }
  if (outcome.text !== null) {
    io.out(outcome.text);
    if (output !== null) io.out(cliText(lang).wrote(displayPath(output, io.cwd)) + "\n");
  }
  return 0;
}

/** --engine duckdb: the compiled model on embedded DuckDB (cli/sql/score-duckdb.ts), loaded only here. */
async function scoreOnDuckDb(
  args: ParsedArgs,
  io: CliIo,
  options: { file: string; asOf: Day; settings: Settings; lang: Lang; engine: string | boolean }
): Promise<number> {
  const { file, asOf, settings, lang, engine } = options;
  if (engine !== "duckdb") throw new CliError(localized((t) => t.engineUnknown(String(engine))));
  const option = args.options.o ?? args.options.output;
  const output = typeof option === "string" ? path.resolve(io.cwd, option) : null;
  const json = args.options.json === true;
  if (output === null && !json) throw new CliError(localized((t) => t.duckdbNeedsOutput));
  if (output !== null && path.resolve(output) === path.resolve(io.cwd, file))
    throw new CliError(localized((t) => t.outputIsInput(displayPath(output, io.cwd))));
  if (output !== null && fs.existsSync(output) && args.options.force !== true)
    throw new CliError(localized((t) => t.outputExists(displayPath(output, io.cwd))));
  const { scoreWithDuckDb } = await import("../sql/score-duckdb");
  return scoreWithDuckDb(file, io, { settings, asOf, output, json, lang });
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
  checkOutputTarget(output, displayPath(output, cwd));
  if (fs.existsSync(output) && args.options.force !== true) {
    throw new CliError(localized((t) => t.outputExists(displayPath(output, cwd))));
  }
  return output;
}
