import { DEFAULT_SETTINGS } from "../engine/settings";
import { exportedSettingsText, readStoredSettings, settingsIssueLines } from "./stored-settings";

describe("readStoredSettings", () => {
  it("gives the defaults and no warning when the workbook holds no settings", () => {
    expect(readStoredSettings(null)).toEqual({
      settings: DEFAULT_SETTINGS,
      issues: null,
      badText: null,
    });
  });

  it("uses valid stored settings", () => {
    const text = JSON.stringify({ validation: { staleDays: 30 } });
    const read = readStoredSettings(text);
    expect(read.settings.validation.staleDays).toBe(30);
    expect(read.issues).toBeNull();
    expect(read.badText).toBeNull();
  });

  it("falls back to defaults on text that is not JSON, naming the problem and keeping the text", () => {
    const text = '{"validation": {"staleDays": 30'; // cut short
    const read = readStoredSettings(text);
    expect(read.settings).toBe(DEFAULT_SETTINGS);
    expect(read.badText).toBe(text);
    const [line] = settingsIssueLines(read.issues ?? [], "en-US");
    expect(line).toMatch(/^JSON: is not valid JSON/);
    expect(settingsIssueLines(read.issues ?? [], "zh-CN")[0]).toMatch(/^JSON: 不是有效的 JSON/);
  });

  it("falls back to defaults on JSON that parseSettings refuses, naming the setting's path", () => {
    const text = JSON.stringify({ tiers: { abc: { aShare: 1.5 } } });
    const read = readStoredSettings(text);
    expect(read.settings).toBe(DEFAULT_SETTINGS);
    expect(read.badText).toBe(text);
    expect(settingsIssueLines(read.issues ?? [], "en-US").join("\n")).toContain(
      "A up to cumulative share: "
    );
  });
});

describe("exportedSettingsText", () => {
  it("exports the refused text unchanged while it is kept", () => {
    expect(exportedSettingsText(DEFAULT_SETTINGS, "{broken")).toBe("{broken");
  });

  it("exports the settings in use once nothing is kept", () => {
    expect(JSON.parse(exportedSettingsText(DEFAULT_SETTINGS, null))).toEqual(DEFAULT_SETTINGS);
  });
});
