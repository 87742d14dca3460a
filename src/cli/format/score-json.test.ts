import { dayFromIso, isoFromDay } from "../../engine/day";
import { makeSample } from "../../engine/sample/make-sample";
import { scoreWorkbook } from "../../engine/score-workbook";
import { DEFAULT_SETTINGS } from "../../engine/settings";
import { customerJson, summaryJson, writeScoreJson } from "./score-json";

const asOf = dayFromIso("2026-11-01")!;

describe("writeScoreJson", () => {
  it("writes the same text as one JSON.stringify of the whole document, in chunks of about 1 MB", () => {
    const { workbook } = makeSample({
      kind: "enterprise",
      rows: 4000,
      seed: 11,
      asOf,
      messy: true,
    });
    const run = scoreWorkbook(workbook, { asOf, settings: DEFAULT_SETTINGS })!;
    const chunks: string[] = [];
    writeScoreJson(run, "zh-CN", (t) => chunks.push(t));
    const whole = {
      asOf: isoFromDay(run.asOf),
      settingsVersion: run.settings.version,
      valueMeasure: "gross_profit - service_cost",
      rfmBreaks: run.tiers.rfmBreaks,
      customers: run.customers.map((c) => customerJson(c, "zh-CN")),
      summary: summaryJson(run),
    };
    expect(chunks.join("")).toBe(JSON.stringify(whole) + "\n");
    expect(chunks.length).toBeGreaterThan(1);
    expect(Math.max(...chunks.map((c) => c.length))).toBeLessThan(1.1 * 2 ** 20);
  });
});
