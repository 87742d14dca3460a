import { DEFAULT_SETTINGS, parseSettings, SETTINGS_VERSION, type Migrations } from "./settings";

describe("parseSettings", () => {
  it("gives the defaults for an empty object and records the version", () => {
    const result = parseSettings({});
    expect(result.issues).toEqual([]);
    expect(result.settings).toEqual(DEFAULT_SETTINGS);
    expect(result.settings?.version).toBe(SETTINGS_VERSION);
  });

  it("lays a partial object over the defaults, key by key", () => {
    const result = parseSettings(
      JSON.stringify({ tiers: { abc: { aShare: 0.7 } }, validation: { staleDays: 180 } })
    );
    expect(result.settings?.tiers.abc).toEqual({ aShare: 0.7, bShare: 0.95 });
    expect(result.settings?.tiers.pyramid).toEqual(DEFAULT_SETTINGS.tiers.pyramid);
    expect(result.settings?.validation.staleDays).toBe(180);
  });

  it("names the path and the problem of a wrong type, in both languages", () => {
    const result = parseSettings({ tiers: { abc: { aShare: "80%" } } });
    expect(result.settings).toBeNull();
    expect(result.issues).toHaveLength(1);
    expect(result.issues[0].path).toBe("tiers.abc.aShare");
    expect(result.issues[0].message["en-US"]).toContain('"80%"');
    expect(result.issues[0].message["zh-CN"]).toContain("应为数字");
    expect(result.issues[0].message["en-US"]).toContain("should be a number");
  });

  it("refuses unknown keys, so a typo never passes silently", () => {
    const result = parseSettings({ tiers: { abcd: {} } });
    expect(result.issues.map((i) => i.path)).toEqual(["tiers.abcd"]);
  });

  it("refuses rules that shapes cannot express", () => {
    expect(parseSettings({ tiers: { abc: { aShare: 0.96 } } }).issues.map((i) => i.path)).toContain(
      "tiers.abc"
    );
    expect(parseSettings({ tiers: { abc: { aShare: 80 } } }).issues.map((i) => i.path)).toContain(
      "tiers.abc.aShare"
    );
    expect(
      parseSettings({ tiers: { rfm: { probabilities: [0.5, 0.4, 0.6, 0.8] } } }).issues[0].path
    ).toBe("tiers.rfm.probabilities");
    expect(parseSettings({ tiers: { rfm: { grid: [["x"]] } } }).issues[0].path).toBe(
      "tiers.rfm.grid"
    );
    expect(parseSettings({ credit: { method: "custom" } }).issues[0].path).toBe("credit.custom");
  });

  it("rounds limits to 1,000 by default and takes 0 or a positive step, nothing else", () => {
    expect(parseSettings({}).settings!.credit.limitRounding).toBe(1000);
    expect(parseSettings({ credit: { limitRounding: 0 } }).issues).toEqual([]);
    expect(parseSettings({ credit: { limitRounding: 500 } }).settings!.credit.limitRounding).toBe(
      500
    );
    expect(parseSettings({ credit: { limitRounding: -1 } }).issues.map((i) => i.path)).toEqual([
      "credit.limitRounding",
    ]);
  });

  it("checks a custom scorecard's expressions", () => {
    const custom = {
      id: "mine",
      name: { "zh-CN": "自定义", "en-US": "Mine" },
      dimensions: [
        {
          id: "d",
          name: { "zh-CN": "维度", "en-US": "Dim" },
          weight: 1,
          indicators: [
            {
              id: "i",
              name: { "zh-CN": "指标", "en-US": "Ind" },
              kind: "curve",
              expression: "no_such_field / 2",
              curve: [
                { value: 0, points: 0 },
                { value: 1, points: 100 },
              ],
              unit: "ratio",
            },
          ],
        },
      ],
    };
    const result = parseSettings({ credit: { method: "custom", custom } });
    expect(result.settings).toBeNull();
    expect(result.issues[0].path).toMatch(/^credit\.custom\./);
    expect(result.issues[0].message["en-US"]).toContain("no_such_field");
  });

  it("explains bad JSON and non-objects", () => {
    expect(parseSettings("{oops").issues[0].message["en-US"]).toMatch(/not valid JSON/);
    expect(parseSettings([1, 2]).issues[0].message["en-US"]).toMatch(/JSON object/);
  });

  it("refuses settings from a newer version", () => {
    const result = parseSettings({ version: SETTINGS_VERSION + 1 });
    expect(result.issues[0].path).toBe("version");
    expect(result.issues[0].message["en-US"]).toMatch(/newer TierSheet/);
  });

  it("migrates older versions step by step before checking", () => {
    // A made-up version 0 that kept the A share at the top level, to exercise the mechanism.
    const migrations: Migrations = {
      0: (old) => ({ version: 1, tiers: { abc: { aShare: old.aShare } } }),
    };
    expect(parseSettings({ version: 0, aShare: 0.75 }, migrations).settings?.tiers.abc.aShare).toBe(
      0.75
    );
    // Without a migration for it, an old version is refused with a message, not half-read.
    expect(parseSettings({ version: 0, aShare: 0.75 }).issues[0].message["en-US"]).toMatch(
      /no migration/
    );
  });

  it("lists every problem of a file at once, rules included, not only the first kind", () => {
    const result = parseSettings({
      tiers: { abc: { aShare: "80%" } },
      credit: { method: "7C" },
      nonsense: 1,
    });
    expect(result.settings).toBeNull();
    expect(result.issues.map((i) => i.path).sort()).toEqual([
      "credit.method",
      "nonsense",
      "tiers.abc.aShare",
    ]);
  });
});
