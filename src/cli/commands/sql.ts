import * as fs from "node:fs";
import * as path from "node:path";
import type { ParsedArgs } from "../args";
import type { CliIo } from "../io";
import type { Lang } from "../../i18n/lang";
import { CliError } from "../cli-error";
import { localized } from "../localized";
import { checkOptions } from "../common-options";
import { settingsOption } from "./score";
import { dayFromIso, type Day } from "../../engine/day";
import { ScorecardError } from "../../engine/models/credit/scorecard-issue";
import { compileModelSql } from "../../engine/sql/compile-model-sql";
import { SqlCompileError } from "../../engine/sql/sql-compile-error";
import { SQL_DIALECTS, type SqlDialect } from "../../engine/sql/sql-dialect";
import { cliText } from "../../i18n/cli";
import { checkOutputTarget } from "../safe-write/output-target";
import { writeNewOutput } from "../safe-write/write-new-output";
import { displayPath } from "../display-path";

const OPTIONS = ["settings", "dialect", "source", "as-of", "o", "output", "force", "lang"] as const;

function stringOption(args: ParsedArgs, name: string): string | undefined {
  const value = args.options[name];
  if (value === undefined) return undefined;
  if (typeof value !== "string") throw new CliError(localized((t) => t.optionNeedsValue(name)));
  return value;
}

function dialectOption(args: ParsedArgs): SqlDialect {
  const value = stringOption(args, "dialect") ?? "duckdb";
  if (!(SQL_DIALECTS as readonly string[]).includes(value))
    throw new CliError(localized((t) => t.badDialect(value)));
  return value as SqlDialect;
}

/** --as-of for a script: a fixed date, else none, so the script uses the date it runs on. */
function scriptAsOf(args: ParsedArgs): Day | null {
  const value = stringOption(args, "as-of");
  if (value === undefined) return null;
  const day = dayFromIso(value);
  if (day === null) throw new CliError(localized((t) => t.badAsOf(value)));
  return day;
}

/** The compiler's refusals as a CLI message in both languages, one line per issue. */
function compileFailure(error: ScorecardError | SqlCompileError): CliError {
  const lines = (lang: Lang) => {
    const issues =
      error instanceof ScorecardError
        ? error.issues.map((i) => `  ${i.path}: ${i.message[lang]}`)
        : [`  ${error.messages[lang]}`];
    return [cliText(lang).sqlNotCompiled, ...issues].join("\n");
  };
  return new CliError({ "zh-CN": lines("zh-CN"), "en-US": lines("en-US") });
}

/**
 * `tiersheet sql`: the tier and credit model of the settings as one SQL script for DuckDB or
 * PostgreSQL (engine/sql), printed, or written to -o (an existing file only with --force).
 */
export async function runSql(args: ParsedArgs, io: CliIo, lang: Lang): Promise<number> {
  checkOptions(args, OPTIONS);
  if (args.positional.length > 0)
    throw new CliError(localized((t) => t.sqlTakesNoFile(args.positional[0])));
  const settings = settingsOption(args, io.cwd);
  const dialect = dialectOption(args);
  const source = stringOption(args, "source");
  const asOf = scriptAsOf(args);
  const outputOption = stringOption(args, "o") ?? stringOption(args, "output");
  let script: string;
  try {
    script = compileModelSql(settings, { dialect, source, asOf });
  } catch (error) {
    if (error instanceof ScorecardError || error instanceof SqlCompileError)
      throw compileFailure(error);
    throw error;
  }
  if (outputOption === undefined) {
    io.out(script);
    return 0;
  }
  const output = path.resolve(io.cwd, outputOption);
  const shown = displayPath(output, io.cwd);
  checkOutputTarget(output, shown);
  if (fs.existsSync(output) && args.options.force !== true)
    throw new CliError(localized((t) => t.outputExists(shown)));
  // The same safe writer as `score -o`: a regular file or a new path only, never half written.
  writeNewOutput(output, shown, Buffer.from(script, "utf8"), io.env, (message) =>
    io.err(message[lang] + "\n")
  );
  io.out(cliText(lang).wrote(displayPath(output, io.cwd)) + "\n");
  return 0;
}
