import { Lang, Localized } from "../../i18n/lang";
import { RunMode } from "../office/watchHost";

/** The pane's words in one language. */
export interface PaneText {
  title: string;
  description: string;
  mode: string;
}

const DESCRIPTION: Localized = {
  "en-US":
    "Check customer files, tier customers and score credit. Your data stays on this machine.",
  "zh-CN": "校验客户档案、为客户分层并评估信用。数据只留在本机。",
};

const MODE: Record<RunMode, Localized> = {
  starting: { "en-US": "Starting…", "zh-CN": "正在启动…" },
  excel: { "en-US": "Running inside Excel", "zh-CN": "正在 Excel 中运行" },
  browser: { "en-US": "Browser mode (Excel not found)", "zh-CN": "浏览器模式（未连接 Excel）" },
};

/** The pane's texts for a language and run mode. The product name is never translated. */
export function paneText(lang: Lang, mode: RunMode): PaneText {
  return { title: "TierSheet", description: DESCRIPTION[lang], mode: MODE[mode][lang] };
}
