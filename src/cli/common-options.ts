import { dayFromIso, type Day } from "../engine/day";
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
