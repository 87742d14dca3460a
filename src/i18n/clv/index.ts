import type { Lang } from "../lang";
import { enUS, type ClvText } from "./en-US";
import { zhCN } from "./zh-CN";

export type { ClvText };

/** The texts of predictive lifetime value in one language. */
export function clvText(lang: Lang): ClvText {
  return lang === "zh-CN" ? zhCN : enUS;
}
