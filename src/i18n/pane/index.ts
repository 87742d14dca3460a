import type { Lang } from "../lang";
import { EN_US_PANE, type PaneKey, type PaneStrings } from "./en-US";
import { ZH_CN_PANE } from "./zh-CN";

export type { PaneKey, PaneStrings };

const PANE: Readonly<Record<Lang, PaneStrings>> = { "zh-CN": ZH_CN_PANE, "en-US": EN_US_PANE };

/** A translator for the pane: the key's text in `lang`, with {name} placeholders filled in. */
export function paneTranslator(
  lang: Lang
): (key: PaneKey, params?: Record<string, string | number>) => string {
  const texts = PANE[lang];
  return (key, params = {}) =>
    texts[key].replace(/\{(\w+)\}/g, (whole, name: string) =>
      name in params ? String(params[name]) : whole
    );
}

/** The pane's texts in every language (for the key check). */
export const PANE_TEXTS = PANE;
