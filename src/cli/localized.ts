import type { Localized } from "../i18n/lang";
import { cliText, type CliText } from "../i18n/cli";

/** The same CLI text in both languages, for a CliError. */
export function localized(pick: (text: CliText) => string): Localized {
  return { "zh-CN": pick(cliText("zh-CN")), "en-US": pick(cliText("en-US")) };
}
