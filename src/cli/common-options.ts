import * as fs from "node:fs";
import { dayFromIso, type Day } from "../engine/day";
import { readAsOfProperty } from "../hosts/file/xlsx/as-of-property";
import { langFromTag, type Lang } from "../i18n/lang";
import { cliText } from "../i18n/cli";
import { CliError } from "./cli-error";
import type { ParsedArgs } from "./args";
import { localized } from "./localized";

/** --lang, else the shell's LANG (zh_CN.UTF-8 -> zh-CN), else en-US. */
export function langOption(args: ParsedArgs, env: NodeJS.ProcessEnv): Lang {
  const value = args.options.lang;
  if (typeof value === "string") {
    if (value !== "zh-CN" && value !== "en-US")
      throw new CliError(localized((t) => t.badLang(value)));
    return value;
  }
  return langFromTag((env.LC_ALL || env.LANG || "").replace("_", "-"));
}

/** --as-of YYYY-MM-DD, else today in the machine's calendar (the CLI is the one place that reads the clock). */
export function asOfOption(args: ParsedArgs, today: Date = new Date()): Day {
  const value = args.options["as-of"];
  if (typeof value === "string") {
    const day = dayFromIso(value);
    if (day === null) throw new CliError(localized((t) => t.badAsOf(value)));
    return day;
  }
  return Math.floor(Date.UTC(today.getFullYear(), today.getMonth(), today.getDate()) / 86_400_000);
}

/**
 * The as-of date for a file: --as-of, else the date the workbook was made for (a sample records it,
 * as-of-property.ts), else today. `told` hears which date came from the workbook, to say so.
 */
export function asOfForFile(
  args: ParsedArgs,
  fullPath: string,
  told: (iso: string) => void,
  today: Date = new Date()
): Day {
  if (typeof args.options["as-of"] === "string" || !/\.xlsx$/i.test(fullPath))
    return asOfOption(args, today);
  let recorded: string | null = null;
  try {
    recorded = readAsOfProperty(fs.readFileSync(fullPath));
  } catch {
    // An unreadable file is reported by the reader that follows, in its own words.
  }
  const day = recorded === null ? null : dayFromIso(recorded);
  if (day === null || recorded === null) return asOfOption(args, today);
  told(recorded);
  return day;
}

/** The one file argument, or a clear message. */
export function fileArgument(args: ParsedArgs): string {
  const file = args.positional[0];
  if (!file) throw new CliError(localized((t) => t.missingFile));
  return file;
}

/** Rejects options a command does not know, so a typo never passes silently. */
export function checkOptions(args: ParsedArgs, known: readonly string[]): void {
  for (const name of Object.keys(args.options)) {
    if (!known.includes(name)) throw new CliError(localized((t) => t.unknownOption(name)));
  }
}

export { cliText };
