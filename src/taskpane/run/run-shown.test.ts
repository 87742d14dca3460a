import { dayFromIso } from "../../engine/day";
import { makeSample, type SampleKind } from "../../engine/sample/make-sample";
import { scoreWorkbook } from "../../engine/score-workbook";
import { DEFAULT_SETTINGS } from "../../engine/settings";
import { scoreSummary } from "../model/score-summary";
import { runShown } from "./run-shown";

const asOf = dayFromIso("2026-11-01")!;
const run = (kind: SampleKind, rows: number) =>
  scoreWorkbook(makeSample({ kind, rows, seed: 3, asOf }).workbook, {
    asOf,
    settings: DEFAULT_SETTINGS,
  })!;

describe("runShown (what crosses from the engine worker for the Score and Manager views)", () => {
  it("holds the Score view's summary, the value measure, the mix and the no-financial note", () => {
    const scored = run("individual", 40);
    const shown = runShown(scored);
    expect(shown.summary).toEqual(scoreSummary(scored));
    expect(shown.valueMeasure).toBe(scored.tiers.valueMeasure);
    expect(shown.mix).toEqual(scored.tiers.mix);
    expect(shown.noFinancialNote?.["en-US"]).toContain("No financial fields");
    expect(shown.noFinancialNote?.["zh-CN"]).toContain("资产总额");
    expect(runShown(run("enterprise", 40)).noFinancialNote).toBeNull();
  });

  it("is a small part of the run: no table, no validation report, no customer objects", () => {
    const scored = run("enterprise", 2000);
    const shown = JSON.stringify(runShown(scored));
    expect(shown).not.toContain('"fieldColumns"');
    expect(shown).not.toContain('"findings"');
    // The churn lists are what grows with the customers: a row each, four fields.
    const churn = runShown(scored).summary.calls.length + runShown(scored).summary.winBacks.length;
    expect(shown.length).toBeLessThan(4000 + churn * 120);
    expect(structuredClone(runShown(scored))).toEqual(runShown(scored));
  });
});
