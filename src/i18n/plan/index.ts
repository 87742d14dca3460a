import type { Lang } from "../lang";
import { enUS, type PlanText } from "./en-US";
import { zhCN } from "./zh-CN";

export type { PlanText };

/** The output sheets' texts in one language. */
export function planText(lang: Lang): PlanText {
  return lang === "zh-CN" ? zhCN : enUS;
}
