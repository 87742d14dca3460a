import { dayFromIso } from "../../engine/day";
import { makeSample } from "../../engine/sample/make-sample";
import { scoreWorkbook } from "../../engine/score-workbook";
import { scoredCustomerAt } from "../../engine/scored-customers";
import { DEFAULT_SETTINGS } from "../../engine/settings";
import { localRun } from "./pane-run";
import { runShown } from "./run-shown";
import { whyAnswer } from "./why-answer";

describe("localRun (a run scored on the page's thread, or by a refresh)", () => {
  it("shows, answers Why? and gives the run itself, as a worker's run would", async () => {
    const asOf = dayFromIso("2026-11-01")!;
    const run = scoreWorkbook(
      makeSample({ kind: "enterprise", rows: 20, seed: 1, asOf }).workbook,
      {
        asOf,
        settings: DEFAULT_SETTINGS,
      }
    )!;
    const pane = localRun(run);
    expect(pane.shown).toEqual(runShown(run));
    const row = scoredCustomerAt(run, 2).customer.row;
    expect(await pane.why(row)).toEqual(whyAnswer(run, row));
    expect(await pane.full()).toBe(run);
  });
});
