import { dayFromIso } from "../../engine/day";
import { makeSample } from "../../engine/sample/make-sample";
import { scoreWorkbook } from "../../engine/score-workbook";
import { DEFAULT_SETTINGS } from "../../engine/settings";
import { handoutPlan } from "./handout-plan";

describe("handoutPlan", () => {
  it("holds the handout sheet alone, in the pane's language, with print settings and no highlights", () => {
    const asOf = dayFromIso("2026-11-01")!;
    const { workbook } = makeSample({ kind: "enterprise", rows: 30, seed: 3, asOf });
    const run = scoreWorkbook(workbook, { asOf, settings: DEFAULT_SETTINGS })!;
    const plan = handoutPlan(run, "zh-CN");
    expect(plan.sheets.map((s) => [s.key, s.name])).toEqual([["handout", "讲义"]]);
    expect(plan.sheets[0].print?.paper).toBe("A4");
    expect(plan.highlights).toEqual([]);
  });
});
