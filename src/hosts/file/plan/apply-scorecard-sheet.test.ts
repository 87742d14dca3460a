import JSZip from "jszip";
import type { CellValue } from "../../../engine/table/cell";
import { fitScorecard } from "../../../engine/models/scorecard/fit-scorecard";
import { buildScorecardSheet } from "../../../engine/plan/build-scorecard-sheet";
import { applyPlanToXlsx } from "./apply-plan";
import { loadWorkbook, userWorkbook } from "./test-workbooks.test-helper";

describe("the Scorecard sheet through applyPlanToXlsx", () => {
  it("is written with its tables, its decile chart and its KS curve", async () => {
    const rows: CellValue[][] = [["months", "housing", "bad"]];
    for (let i = 0; i < 200; i++) {
      const months = (i * 7) % 60;
      const bad = (months < 20 && i % 5 !== 0) || (i % 3 === 0 && i % 4 === 0) || i % 17 === 0;
      rows.push([months, i % 3 === 0 ? "rent" : "own", bad ? "bad" : "good"]);
    }
    const result = fitScorecard({ name: "Applicants", rows }, { target: "bad", holdout: false });
    if (!result.ok) throw new Error(result.problem.message["en-US"]);
    const sheet = buildScorecardSheet(result.fit, "en-US");
    const output = await applyPlanToXlsx(await userWorkbook(), { sheets: [sheet], highlights: [] });
    const workbook = await loadWorkbook(output);
    const written = workbook.getWorksheet("TierSheet Scorecard")!;
    expect(written.getCell("A6").value).toBe("Variable");
    expect(written.getCell("J6").value).toBe("Score decile");
    expect(written.getCell("O7").value).toBe(result.fit.quality.deciles[0].badRate);
    const zip = await JSZip.loadAsync(output);
    const charts = Object.keys(zip.files).filter((f) => /^xl\/charts\/chart\d+\.xml$/.test(f));
    expect(charts).toHaveLength(2);
    const xml = await Promise.all(charts.map((f) => zip.file(f)!.async("string")));
    expect(xml.filter((x) => x.includes("<c:barChart>"))).toHaveLength(1);
    expect(xml.filter((x) => x.includes("<c:lineChart>"))).toHaveLength(1);
  });
});
