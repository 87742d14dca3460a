import {
  FORMATS,
  type PlanChart,
  type PlanSheet,
  type PlanSheetKey,
} from "../../../engine/plan/workbook-plan";
import { planCellLookup } from "./plan-cell-lookup";
import { isPlanApplyError } from "./plan-apply-error";
import { resolveChart, type ChartSource } from "./resolve-chart";

const dashboard: PlanSheet = {
  key: "dashboard",
  name: "Dashboard",
  tables: [
    {
      name: "pareto",
      row: 1,
      column: 1,
      header: ["Customer", "Profit", "Cumulative"],
      rows: [
        ["C1", 50, 0.5],
        [7, "n/a", 0.8],
        [null, 20, 1],
      ],
      formats: [null, FORMATS.money, FORMATS.percent],
      styledHeader: true,
      autoFilter: true,
    },
  ],
  cells: [],
  charts: [],
  conditionalFormats: [],
  columnWidths: [],
};

const sources = new Map<PlanSheetKey, ChartSource>([
  ["dashboard", { name: "看板 (2)", lookup: planCellLookup(dashboard) }],
]);

const chart: PlanChart = {
  id: "pareto",
  kind: "pareto",
  title: "Pareto",
  categories: { sheet: "dashboard", range: "A2:A4" },
  series: [
    { name: "Profit", values: { sheet: "dashboard", range: "B2:B4" } },
    {
      name: "Cumulative",
      values: { sheet: "dashboard", range: "C2:C4" },
      as: "line",
      axis: "secondary",
    },
  ],
  anchor: { row: 1, column: 5, width: 8, height: 15 },
};

describe("resolveChart", () => {
  const spec = resolveChart(chart, sources);
  it("points ranges at the sheet's final name", () => {
    expect(spec.categories).toEqual({ sheet: "看板 (2)", range: "A2:A4" });
    expect(spec.series[1].values).toEqual({ sheet: "看板 (2)", range: "C2:C4" });
  });
  it("caches labels as text and numbers as numbers, leaving gaps for the rest", () => {
    expect(spec.categoryCache).toEqual(["C1", "7", ""]);
    expect(spec.series[0].cache).toEqual([50, null, 20]);
  });
  it("takes each series' format from its first cell and keeps line and axis", () => {
    expect(spec.series[0].formatCode).toBe(FORMATS.money);
    expect(spec.series[1]).toMatchObject({
      formatCode: FORMATS.percent,
      as: "line",
      axis: "secondary",
    });
  });
  it("refuses a range on a sheet the plan does not write, naming the chart", () => {
    const bad = { ...chart, categories: { sheet: "tiers" as const, range: "A2:A4" } };
    expect(() => resolveChart(bad, sources)).toThrow(/chart "pareto" refers to sheet "tiers"/);
    try {
      resolveChart(bad, sources);
    } catch (error) {
      expect(isPlanApplyError(error) && error.code).toBe("invalid-plan");
    }
  });
  it("refuses a range that is not a cell range or not one row or column", () => {
    expect(() =>
      resolveChart({ ...chart, categories: { sheet: "dashboard", range: "A:A" } }, sources)
    ).toThrow("not a cell range");
    expect(() =>
      resolveChart({ ...chart, categories: { sheet: "dashboard", range: "A2:B4" } }, sources)
    ).toThrow("one row or one column");
  });
});
