import * as React from "react";
import type { Lang } from "../../i18n/lang";
import { paneTranslator, type PaneKey } from "../../i18n/pane";

/** Translates a pane key with placeholders. */
export type Translate = (key: PaneKey, params?: Record<string, string | number>) => string;

/** The translator for the pane's current language, stable while the language is. */
export function usePaneText(lang: Lang): Translate {
  return React.useMemo(() => paneTranslator(lang), [lang]);
}

/** A share 0..1 as "80.0%"; "–" when there is none. */
export function percent(share: number | null): string {
  return share === null ? "–" : `${(share * 100).toFixed(1)}%`;
}

/** The message of anything thrown, in the pane's language when the error carries both. */
export function errorText(error: unknown, lang: Lang): string {
  if (typeof error === "object" && error !== null && "messages" in error) {
    const messages = (error as { messages: unknown }).messages;
    if (typeof messages === "object" && messages !== null && lang in messages) {
      return String((messages as Record<string, unknown>)[lang]);
    }
  }
  return error instanceof Error ? error.message : String(error);
}
