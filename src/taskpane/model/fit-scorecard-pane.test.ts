import { parseSettings, DEFAULT_SETTINGS } from "../../engine/settings";
import type { CellValue } from "../../engine/table/cell";
import type { WorkbookData } from "../../engine/table/sheet";
import { fitOnWorkbook, scorecardPlan, withFittedScorecard } from "./fit-scorecard-pane";

function workbook(): WorkbookData {
  const rows: CellValue[][] = [["months", "housing", "outcome"]];
  for (let i = 0; i < 200; i++) {
    const months = (i * 7) % 60;
    const bad = (months < 20 && i % 5 !== 0) || (i % 3 === 0 && i % 4 === 0) || i % 17 === 0;
    rows.push([months, i % 3 === 0 ? "rent" : "own", bad ? "坏" : "好"]);
  }
  return {
    sheets: [
      { name: "Notes", rows: [["x"]], outputKey: "credit" },
      { name: "申请", rows },
    ],
  };
}

describe("fitting a scorecard from the pane", () => {
  it("fits on the first user sheet when none is named, or on the one named", () => {
    const first = fitOnWorkbook(workbook(), "", "outcome", false);
    const named = fitOnWorkbook(workbook(), "申请", "outcome", true);
    expect(first.ok && first.fit.sheet).toBe("申请");
    expect(named.ok && named.fit.quality.holdout !== null).toBe(true);
  });

  it("names a sheet that is not there, in both languages", () => {
    const result = fitOnWorkbook(workbook(), "Loans", "outcome", false);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problem.message["zh-CN"]).toBe("工作簿中没有工作表“Loans”。");
  });

  it("chooses the fitted scorecard as credit method in settings that parse back", () => {
    const result = fitOnWorkbook(workbook(), "", "outcome", false);
    if (!result.ok) throw new Error(result.problem.message["en-US"]);
    const settings = withFittedScorecard(DEFAULT_SETTINGS, result.fit);
    const parsed = parseSettings(JSON.parse(JSON.stringify(settings)));
    expect(parsed.issues).toEqual([]);
    expect(parsed.settings?.credit.method).toBe("statistical");
    expect(parsed.settings?.credit.statistical).toEqual(result.fit.setting);
    expect(scorecardPlan(result.fit, "zh-CN").sheets.map((s) => s.key)).toEqual(["scorecard"]);
  });
});
