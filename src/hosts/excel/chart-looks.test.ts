import { FakeExcel, FakeWorkbook } from "../../../test/excel-fake";
import { dayFromIso } from "../../engine/day";
import { buildDashboardSheet } from "../../engine/plan/build-dashboard-sheet";
import { GRADE_COLORS } from "../../engine/plan/category-colors";
import { FORMATS } from "../../engine/plan/workbook-plan";
import { makeSample } from "../../engine/sample/make-sample";
import { scoreWorkbook } from "../../engine/score-workbook";
import { DEFAULT_SETTINGS } from "../../engine/settings";
import { ExcelHost } from "./excel-host";

describe("ExcelHost: the Dashboard's chart looks and page setup", () => {
  it("titles the axes, formats them, keeps labels low, labels values, colours grades, prints one page wide", async () => {
    const asOf = dayFromIso("2026-11-01")!;
    const { workbook } = makeSample({ kind: "enterprise", rows: 200, seed: 5, asOf });
    const run = scoreWorkbook(workbook, { asOf, settings: DEFAULT_SETTINGS })!;
    const wb = FakeWorkbook.with("客户档案");
    await new ExcelHost(new FakeExcel(wb).run).applyPlan({
      sheets: [buildDashboardSheet(run, "en-US")],
      highlights: [],
    });
    const sheet = wb.sheets.find((s) => s.charts.length > 0)!;
    const byName = new Map(sheet.charts.map((c) => [c.name, c]));
    const pareto = byName.get("pareto")!;
    expect(pareto.axes.Primary.title).toBe("Value (CNY)");
    expect([FORMATS.millions, FORMATS.thousands]).toContain(pareto.axes.Primary.numberFormat);
    expect(pareto.axes.Category).toMatchObject({
      title: "Customers, largest value first",
      tickLabelPosition: "Low",
    });
    const grades = byName.get("credit-grades")!.series[0];
    expect(grades.pointColors).toEqual(
      ["AAA", "AA", "A", "BBB", "BB", "B", "C", "insufficient"].map((g) => GRADE_COLORS[g])
    );
    expect(grades).toMatchObject({
      hasDataLabels: true,
      dataLabels: { showValue: true, numberFormat: FORMATS.count },
    });
    expect(sheet.page).toMatchObject({
      paperSize: "A4",
      orientation: "Landscape",
      zoom: { horizontalFitToPages: 1 },
      titleRows: "$1:$1",
    });
    expect(sheet.page!.breaks.length).toBeGreaterThan(0);
  });
});
