import { FakeExcel, FakeWorkbook } from "../../../test/excel-fake";
import { bigPlan, DANGEROUS, samplePlan } from "../../../test/excel-fake/sample-plan";
import { AbortedError } from "./aborted";
import { applyPlanSheets } from "./apply-plan";
import { SHEETS_KEY } from "./setting-keys";
import { parseSheetRegistry } from "./sheet-registry";

function userWorkbook(): FakeWorkbook {
  const wb = FakeWorkbook.with("客户档案");
  wb.sheet("客户档案").put("A1", [
    ["客户编号", "客户名称"],
    ["C1", "甲"],
  ]);
  return wb;
}

describe("applyPlanSheets", () => {
  it("writes each planned sheet with values, formats, styles, panes, filter, widths, conditional formats and charts", async () => {
    const wb = userWorkbook();
    await applyPlanSheets(new FakeExcel(wb).run, samplePlan());
    expect(wb.sheets.map((s) => s.name)).toEqual(["客户档案", "Tiers", "Dashboard"]);
    const tiers = wb.sheet("Tiers");
    expect(tiers.valuesAt("A1:E2")).toEqual([
      ["客户编号", "名称", "销售额", "ABC", "备注"],
      ["00123", DANGEROUS[0], 1234.5, "A", DANGEROUS[1]],
    ]);
    expect(tiers.at("C2")?.numberFormat).toBe("#,##0.00");
    expect(tiers.at("A1")?.font?.bold).toBe(true);
    expect(tiers.at("E1")?.fill?.color).toBe("#D9E1F2");
    expect(tiers.freeze).toEqual({ rows: 1, columns: 0 });
    expect(tiers.autoFilter).toBe("A1:E4");
    expect(tiers.columnWidths.get(1)).toBeCloseTo((30 * 7 + 5) * 0.75);
    expect(tiers.conditionalFormats).toEqual([
      {
        range: "D2:D4",
        type: "ContainsText",
        fill: "#C6EFCE",
        font: "#006100",
        rule: { operator: "Contains", text: "A" },
      },
    ]);
    expect(tiers.tabColor).toBe("#2F5597");

    const dash = wb.sheet("Dashboard");
    expect(dash.at("A1")).toMatchObject({ value: "客户分析", font: { bold: true, size: 14 } });
    expect(dash.at("D1")).toMatchObject({ value: 0.25, numberFormat: "0.0%" });
    expect(dash.freeze).toEqual({ rows: 3, columns: 1 });
    expect(dash.conditionalFormats[0]).toMatchObject({ type: "ColorScale", range: "B4:B6" });
    const [pareto, doughnut] = dash.charts;
    expect(pareto).toMatchObject({
      name: "pareto",
      type: "ColumnClustered",
      title: "Pareto",
      position: { start: "E3", end: "L17" },
    });
    expect(
      pareto.series.map((s) => [s.name, s.values, s.categories, s.chartType, s.axisGroup])
    ).toEqual([
      ["Value", "Dashboard!B4:B6", "Dashboard!A4:A6", "ColumnClustered", "Primary"],
      ["Cumulative", "Dashboard!C4:C6", "Dashboard!A4:A6", "Line", "Secondary"],
    ]);
    expect(pareto.axes.Secondary).toEqual({ minimum: 0, maximum: 1 });
    expect(doughnut).toMatchObject({
      type: "Doughnut",
      series: [{ values: "Tiers!C2:C4", categories: "Tiers!D2:D4" }],
    });

    expect(parseSheetRegistry(wb.settings.get(SHEETS_KEY))).toEqual({
      tiers: tiers.id,
      dashboard: dash.id,
    });
  });

  it("raises the Pareto line's axis to the plan's axisMax (money-losing customers take the share past 100 %)", async () => {
    const wb = userWorkbook();
    const plan = samplePlan();
    const dashboard = plan.sheets.find((s) => s.charts.some((c) => c.kind === "pareto"))!;
    const pareto = dashboard.charts.find((c) => c.kind === "pareto")!;
    pareto.series = pareto.series.map((s) => (s.as === "line" ? { ...s, axisMax: 1.2 } : s));
    await applyPlanSheets(new FakeExcel(wb).run, plan);
    expect(wb.sheet(dashboard.name).charts[0].axes.Secondary).toEqual({ minimum: 0, maximum: 1.2 });
  });

  it("writes strings as text: = + - @ stay text, never formulas or numbers, in tables and single cells", async () => {
    const wb = userWorkbook();
    await applyPlanSheets(new FakeExcel(wb).run, samplePlan());
    const tiers = wb.sheet("Tiers");
    expect(tiers.valuesAt("B2:B4").flat()).toEqual([DANGEROUS[0], DANGEROUS[2], DANGEROUS[3]]);
    expect(tiers.at("E2")?.value).toBe(DANGEROUS[1]);
    expect(tiers.at("A2")?.value).toBe("00123");
    for (const a of ["B2", "B3", "B4", "E2", "A2"])
      expect(tiers.at(a)).toMatchObject({ numberFormat: "@" });
    // The mixed column keeps its number as a number.
    expect(tiers.at("E3")).toMatchObject({ value: 5, numberFormat: "General" });
    expect(wb.sheet("Dashboard").at("C1")).toMatchObject({ value: DANGEROUS[0] });
    for (const s of wb.sheets)
      for (const cell of s.cells.values()) expect(cell.formula).toBeUndefined();
  });

  it("replaces its own earlier sheets, found by id even when renamed, and never touches a user's sheet of the same name", async () => {
    const wb = userWorkbook();
    const excel = new FakeExcel(wb);
    await applyPlanSheets(excel.run, samplePlan());
    const oldTiers = wb.sheet("Tiers");
    wb.rename(oldTiers, "My tiers");
    const users = wb.addSheet("Tiers").put("A1", [["mine"]]);
    const usersBefore = users.snapshot();
    await applyPlanSheets(excel.run, samplePlan());
    expect(wb.find("My tiers")).toBeUndefined();
    expect(oldTiers.deleted).toBe(true);
    expect(wb.sheet("Tiers").snapshot()).toEqual(usersBefore);
    expect(wb.sheets.map((s) => s.name)).toEqual(
      ["客户档案", "Tiers", "Dashboard (2)", "Tiers (2)", "Dashboard"].filter((n) => wb.find(n))
    );
    const registry = parseSheetRegistry(wb.settings.get(SHEETS_KEY));
    expect(wb.find(registry.tiers as string)?.name).toBe("Tiers (2)");
    expect(wb.find(registry.dashboard as string)?.name).toBe("Dashboard");
  });

  it("keeps its sheets of keys the plan does not write", async () => {
    const wb = userWorkbook();
    const excel = new FakeExcel(wb);
    await applyPlanSheets(excel.run, samplePlan());
    const dashboardId = wb.sheet("Dashboard").id;
    const onlyTiers = samplePlan();
    onlyTiers.sheets = onlyTiers.sheets.filter((s) => s.key === "tiers");
    await applyPlanSheets(excel.run, onlyTiers);
    expect(wb.find(dashboardId)?.name).toBe("Dashboard");
    expect(parseSheetRegistry(wb.settings.get(SHEETS_KEY)).dashboard).toBe(dashboardId);
  });

  it("leaves the workbook as it was when any sync fails, halfway or at the swap", async () => {
    const plan = bigPlan(20_000, 40);
    plan.sheets.push(samplePlan().sheets[1]);
    const probe = new FakeExcel(userWorkbook());
    await applyPlanSheets(probe.run, samplePlan());
    const firstSyncs = probe.meter.syncs;
    await applyPlanSheets(probe.run, plan);
    const syncs = probe.meter.syncs - firstSyncs;
    expect(syncs).toBeGreaterThan(3);

    for (let failing = 1; failing <= syncs; failing++) {
      const wb = userWorkbook();
      const excel = new FakeExcel(wb);
      await applyPlanSheets(excel.run, samplePlan());
      const before = wb.snapshot();
      const firstRunSyncs = excel.meter.syncs;
      excel.failOnSync(failing);
      await expect(applyPlanSheets(excel.run, plan)).rejects.toMatchObject({
        code: "GeneralException",
      });
      expect(wb.snapshot()).toEqual(before);
      expect(excel.meter.syncs).toBeGreaterThan(firstRunSyncs);
    }
  });

  it("reports progress between blocks and rolls back when aborted", async () => {
    const wb = userWorkbook();
    const excel = new FakeExcel(wb);
    const before = wb.snapshot();
    const controller = new AbortController();
    const seen: [number, number][] = [];
    const run = applyPlanSheets(excel.run, bigPlan(30_000, 20), {
      signal: controller.signal,
      onProgress: (done, total) => {
        seen.push([done, total]);
        controller.abort();
      },
    });
    await expect(run).rejects.toBeInstanceOf(AbortedError);
    expect(seen).toHaveLength(1);
    expect(seen[0][0]).toBeGreaterThan(0);
    expect(seen[0][0]).toBeLessThan(30_000);
    expect(seen[0][1]).toBe(30_000);
    expect(wb.snapshot()).toEqual(before);
  });

  it("suspends calculation around block writes and keeps every request under 4 MB", async () => {
    const excel = new FakeExcel(userWorkbook(), { storeCells: false });
    await applyPlanSheets(excel.run, bigPlan(40_000, 40));
    expect(excel.meter.suspendCalculationCalls).toBeGreaterThanOrEqual(excel.meter.syncs - 2);
    expect(excel.meter.largestBytes).toBeLessThanOrEqual(4 * 1024 * 1024);
  });
});
