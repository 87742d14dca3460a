import { settingLabel } from "../i18n/settings-labels";
import {
  DEFAULT_SETTINGS,
  parseSettings,
  type Settings,
  type SettingsIssue,
} from "../engine/settings";
import type { Lang } from "../i18n/lang";

/** The settings a workbook holds, as the pane uses them. */
export interface StoredSettings {
  settings: Settings;
  /** Why the stored text was refused (the pane runs on the defaults meanwhile); null when it was not. */
  issues: SettingsIssue[] | null;
  /**
   * The refused text exactly as stored, so "Export settings" hands it back unchanged (the user can
   * repair it) until new settings are saved; null when nothing was refused.
   */
  badText: string | null;
}

/**
 * Reads the workbook's settings JSON: valid settings are used; text that does not parse or fails
 * parseSettings gives the defaults, the issues to show, and the text kept as it was.
 */
export function readStoredSettings(stored: string | null): StoredSettings {
  if (stored === null) return { settings: DEFAULT_SETTINGS, issues: null, badText: null };
  const parsed = parseSettings(stored);
  if (parsed.settings !== null) return { settings: parsed.settings, issues: null, badText: null };
  return { settings: DEFAULT_SETTINGS, issues: parsed.issues, badText: stored };
}

/** Each issue as "label: message" in the pane's language ("JSON" where the whole text is at fault). */
export function settingsIssueLines(issues: readonly SettingsIssue[], lang: Lang): string[] {
  return issues.map((i) => {
    const label = settingLabel(i.path, lang);
    // Messages that already name their setting in words are not prefixed twice.
    if (i.path !== "" && i.message[lang].includes(label)) return i.message[lang];
    return `${label}: ${i.message[lang]}`;
  });
}

/** What "Export settings" writes: the refused text while it is kept, else the settings in use. */
export function exportedSettingsText(settings: Settings, badText: string | null): string {
  return badText ?? JSON.stringify(settings, null, 2);
}
