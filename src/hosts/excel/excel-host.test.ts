import { FakeExcel, FakeWorkbook } from "../../../test/excel-fake";
import { samplePlan } from "../../../test/excel-fake/sample-plan";
import { ExcelHost } from "./excel-host";
import { HIGHLIGHT_FILLS } from "./highlight";

describe("ExcelHost", () => {
  it("lists sheets in workbook order with their visibility", async () => {
    const wb = FakeWorkbook.with("A", "B");
    wb.sheet("B").visibility = "Hidden";
    expect(await new ExcelHost(new FakeExcel(wb).run).listSheets()).toEqual([
      { name: "A", hidden: false },
      { name: "B", hidden: true },
    ]);
  });

  it("round-trips the settings JSON in workbook.settings, and gives null before any", async () => {
    const host = new ExcelHost(new FakeExcel(FakeWorkbook.with("A")).run);
    expect(await host.loadSettings()).toBeNull();
    const json = JSON.stringify({ version: 3, staleDays: 365, lang: "zh-CN" });
    await host.saveSettings(json);
    expect(await host.loadSettings()).toBe(json);
  });

  it("applies a plan's sheets and then its highlights", async () => {
    const wb = FakeWorkbook.with("客户档案");
    wb.sheet("客户档案").put("A1", [["客户编号"], ["C1"]]);
    const plan = samplePlan();
    plan.highlights = [{ sheet: "客户档案", cells: ["A2"], severity: "error" }];
    const host = new ExcelHost(new FakeExcel(wb).run);
    await host.applyPlan(plan);
    expect(wb.find("Tiers")).toBeDefined();
    expect(wb.sheet("客户档案").at("A2")?.fill?.color).toBe(HIGHLIGHT_FILLS.error);
    await host.clearHighlights();
    expect(wb.sheet("客户档案").at("A2")?.fill).toBeUndefined();
  });

  it("selects a cell on its sheet", async () => {
    const wb = FakeWorkbook.with("A", "B");
    await new ExcelHost(new FakeExcel(wb).run).selectCell("B", "C7");
    expect(wb.selection).toEqual({ sheet: "B", address: "C7" });
    expect(wb.activeSheetId).toBe(wb.sheet("B").id);
  });
});
