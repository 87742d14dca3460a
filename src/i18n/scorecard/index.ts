import type { Lang } from "../lang";
import { enUS, type ScorecardText } from "./en-US";
import { zhCN } from "./zh-CN";

export type { ScorecardText };

/** The statistical scorecard's texts in one language. */
export function scorecardText(lang: Lang): ScorecardText {
  return lang === "zh-CN" ? zhCN : enUS;
}
