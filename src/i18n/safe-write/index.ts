import type { Localized } from "../lang";
import { enUS, type SafeWriteText } from "./en-US";
import { zhCN } from "./zh-CN";

export type { SafeWriteText };

/** A safe-write text in both languages, e.g. `safeWriteText((t) => t.noSpace(path))`. */
export function safeWriteText(pick: (text: SafeWriteText) => string): Localized {
  return { "zh-CN": pick(zhCN), "en-US": pick(enUS) };
}
