import { FakeExcel, FakeWorkbook } from "../../../test/excel-fake";
import type { CellValue } from "../../engine/table/cell";
import { fitScorecard } from "../../engine/models/scorecard/fit-scorecard";
import { buildScorecardSheet } from "../../engine/plan/build-scorecard-sheet";
import { applyPlanSheets } from "./apply-plan";

describe("the Scorecard sheet through applyPlanSheets (Excel)", () => {
  it("adds the decile columns and the KS curve as a line chart", async () => {
    const rows: CellValue[][] = [["months", "bad"]];
    for (let i = 0; i < 200; i++) {
      const months = (i * 7) % 60;
      rows.push([months, (months < 20 && i % 5 !== 0) || i % 17 === 0 ? 1 : 0]);
    }
    const result = fitScorecard({ name: "S", rows }, { target: "bad", holdout: false });
    if (!result.ok) throw new Error(result.problem.message["en-US"]);
    const wb = FakeWorkbook.with("S");
    await applyPlanSheets(new FakeExcel(wb).run, {
      sheets: [buildScorecardSheet(result.fit, "en-US")],
      highlights: [],
    });
    const [deciles, ks] = wb.sheet("TierSheet Scorecard").charts;
    expect(deciles).toMatchObject({ name: "scorecard-deciles", type: "ColumnClustered" });
    expect(ks).toMatchObject({ name: "scorecard-ks", type: "Line" });
    const last = 6 + result.fit.quality.ksCurve.length;
    expect(ks.series.map((s) => [s.values, s.categories])).toEqual([
      [`'TierSheet Scorecard'!S7:S${last}`, `'TierSheet Scorecard'!R7:R${last}`],
      [`'TierSheet Scorecard'!T7:T${last}`, `'TierSheet Scorecard'!R7:R${last}`],
    ]);
  });
});
