import type { Lang } from "../lang";
import { enUS, type CliText } from "./en-US";
import { zhCN } from "./zh-CN";

export type { CliText };

/** The CLI's texts in one language. */
export function cliText(lang: Lang): CliText {
  return lang === "zh-CN" ? zhCN : enUS;
}
