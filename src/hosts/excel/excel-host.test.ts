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

describe("ExcelHost for the pane's Check and Why?", () => {
  it("marks the add-in's own sheets, found by recorded id, in listSheets", async () => {
    const wb = FakeWorkbook.with("客户档案");
    wb.sheet("客户档案").put("A1", [["客户编号"], ["C1"]]);
    const host = new ExcelHost(new FakeExcel(wb).run);
    await host.applyPlan(samplePlan());
    const listing = await host.listSheets();
    expect(listing[0]).toEqual({ name: "客户档案", hidden: false });
    expect(listing.find((s) => s.name === "Tiers")?.outputKey).toBe("tiers");
  });

  it("writes confirmed fixes to the listed cells only: numbers, dates as dates, formula-like text as text", async () => {
    const wb = FakeWorkbook.with("客户档案");
    wb.sheet("客户档案").put("A1", [["1,234", "2024年3月5日", "x", "keep"]]);
    const host = new ExcelHost(new FakeExcel(wb).run);
    await host.writeCells("客户档案", [
      { address: "A1", value: 1234 },
      { address: "B1", value: "2024-03-05", date: true },
      { address: "C1", value: "=SUM(A1)" },
    ]);
    const sheet = wb.sheet("客户档案");
    expect(sheet.at("A1")?.value).toBe(1234);
    expect(sheet.at("B1")?.value).toBe(45356);
    expect(sheet.at("B1")?.numberFormat).toBe("yyyy-mm-dd");
    expect(sheet.at("C1")?.value).toBe("=SUM(A1)");
    expect(sheet.at("C1")?.formula).toBeUndefined();
    expect(sheet.at("D1")?.value).toBe("keep");
  });

  it("tells the selected cell, for the Why? panel", async () => {
    const wb = FakeWorkbook.with("A", "客户 档案");
    const host = new ExcelHost(new FakeExcel(wb).run);
    await host.selectCell("客户 档案", "C7");
    expect(await host.selectedCell()).toEqual({ sheet: "客户 档案", address: "C7" });
  });
});

describe("ExcelHost.writeSheet", () => {
  it("writes the rows to a new sheet, text as text, under a name no sheet has", async () => {
    const wb = FakeWorkbook.with("客户档案", "Template");
    wb.sheet("Template").put("A1", [["user's data"]]);
    const host = new ExcelHost(new FakeExcel(wb).run);
    const name = await host.writeSheet("template", [
      ["id", "最小 min"],
      ["001", 3],
    ]);
    expect(name).toBe("template (2)");
    expect(wb.sheet("Template").valuesAt("A1")).toEqual([["user's data"]]);
    const sheet = wb.sheet("template (2)");
    expect(sheet.valuesAt("A1:B2")).toEqual([
      ["id", "最小 min"],
      ["001", 3],
    ]);
    expect(sheet.at("A2")?.numberFormat).toBe("@");
    expect(sheet.at("B2")?.numberFormat ?? "General").toBe("General");
  });

  it("takes the name as given when it is free", async () => {
    const wb = FakeWorkbook.with("A");
    const name = await new ExcelHost(new FakeExcel(wb).run).writeSheet("模板", [["id"]]);
    expect(name).toBe("模板");
    expect(wb.sheet("模板").valuesAt("A1")).toEqual([["id"]]);
  });
});

describe("ExcelHost printing a handout", () => {
  it("sets A4, one page wide, the print area and a break after each block", async () => {
    const wb = FakeWorkbook.with("客户档案");
    const plan = samplePlan();
    plan.sheets[0].print = {
      paper: "A4",
      orientation: "portrait",
      fitToWidth: true,
      printArea: "A1:F40",
      rowBreaks: [12, 25],
    };
    await new ExcelHost(new FakeExcel(wb).run).applyPlan(plan);
    const printed = wb.sheets.find((s) => s.page !== undefined)!;
    expect(printed.page).toEqual({
      paperSize: "A4",
      orientation: "Portrait",
      zoom: { horizontalFitToPages: 1 },
      printArea: "A1:F40",
      breaks: ["A13", "A26"],
    });
  });
});

describe("ExcelHost printing the Dashboard and data sheets", () => {
  it("repeats the title rows and columns, prints the grid, and keeps actual size unless fitted", async () => {
    const wb = FakeWorkbook.with("客户档案");
    const plan = samplePlan();
    plan.sheets[0].print = {
      paper: "A4",
      orientation: "landscape",
      fitToWidth: false,
      titleRows: "1:1",
      titleColumns: "A:B",
      gridLines: true,
    };
    await new ExcelHost(new FakeExcel(wb).run).applyPlan(plan);
    const printed = wb.sheets.find((s) => s.page !== undefined)!;
    expect(printed.page).toEqual({
      paperSize: "A4",
      orientation: "Landscape",
      titleRows: "$1:$1",
      titleColumns: "$A:$B",
      gridlines: true,
      breaks: [],
    });
  });
});
