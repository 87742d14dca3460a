import { rowList } from "./plan-rows";
import { dayFromIso } from "../day";
import { makeSample } from "../sample/make-sample";
import { scoreWorkbook } from "../score-workbook";
import { DEFAULT_SETTINGS } from "../settings";
import { buildDashboardSheet } from "./build-dashboard-sheet";
import { GRADE_COLORS } from "./category-colors";
import { shownText } from "./fit-column-widths";
import { tenCustomers } from "./ten-customers.test-helper";
import { FORMATS, type PlanSheet, type PlanTable } from "./workbook-plan";

const asOf = dayFromIso("2026-11-01")!;

const run = tenCustomers;

const table = (s: PlanSheet, name: string): PlanTable => s.tables.find((t) => t.name === name)!;
const chart = (s: PlanSheet, id: string) => s.charts.find((c) => c.id === id)!;
const texts = (s: PlanSheet) => s.cells.map((c) => String(c.value));

describe("buildDashboardSheet: a Dashboard that prints", () => {
  const { workbook } = makeSample({ kind: "enterprise", rows: 400, seed: 16, asOf });
  const big = scoreWorkbook(workbook, { asOf, settings: DEFAULT_SETTINGS })!;
  const dashboard = buildDashboardSheet(big, "en-US");

  it("prints on A4 landscape, one page wide, with the title row on every page", () => {
    expect(dashboard.print).toMatchObject({
      paper: "A4",
      orientation: "landscape",
      fitToWidth: true,
      titleRows: "1:1",
    });
  });

  it("puts each chart beside its table, and never a page break between them", () => {
    const breaks = dashboard.print!.rowBreaks!;
    expect(breaks.length).toBeGreaterThan(0);
    for (const c of dashboard.charts) {
      const t = dashboard.tables.find((x) => x.row - 1 === c.anchor.row)!;
      expect(t).toBeDefined();
      // Right of the table, on the same rows.
      expect(c.anchor.column).toBeGreaterThanOrEqual(t.column + t.header.length);
      const top = Math.min(c.anchor.row, t.row);
      const bottom = Math.max(c.anchor.row + c.anchor.height - 1, t.row + t.rows.length);
      for (const b of breaks) expect(b >= top && b < bottom).toBe(false);
    }
    // The print area holds every chart.
    const area = /^A1:([A-Z]+)(\d+)$/.exec(dashboard.print!.printArea!)!;
    const lastRow = Number(area[2]);
    for (const c of dashboard.charts)
      expect(c.anchor.row + c.anchor.height - 1).toBeLessThanOrEqual(lastRow);
  });

  it("shows money in whole amounts in the tables and in millions or thousands on the axes, with the currency", () => {
    expect(table(dashboard, "dashboard_pareto").formats[1]).toBe(FORMATS.wholeMoney);
    expect(table(dashboard, "dashboard_region").formats[2]).toBe(FORMATS.wholeMoney);
    const pareto = chart(dashboard, "pareto");
    expect([FORMATS.millions, FORMATS.thousands]).toContain(pareto.axes?.valueFormat);
    expect(pareto.axes?.valueTitle).toMatch(/CNY/);
    expect(pareto.axes?.categoryLabelsLow).toBe(true);
    const zh = chart(buildDashboardSheet(big, "zh-CN"), "pareto");
    expect(zh.axes?.valueTitle).toMatch(/元/);
  });

  it("colours the grades by traffic light and labels every bar", () => {
    const grades = chart(dashboard, "credit-grades");
    expect(grades.title).toBe("Customers by credit grade");
    const series = grades.series[0];
    expect(series.pointColors).toEqual(
      ["AAA", "AA", "A", "BBB", "BB", "B", "C", "insufficient"].map((g) => GRADE_COLORS[g])
    );
    expect(new Set(series.pointColors!.slice(0, 3)).size).toBe(1);
    expect(series.pointColors![3]).not.toBe(series.pointColors![0]);
    expect(series.pointColors![5]).not.toBe(series.pointColors![3]);
    expect(series.dataLabels).toEqual({ format: FORMATS.count });
    for (const id of ["pyramid", "lifecycle", "region-mix"])
      expect(chart(dashboard, id).series[0].dataLabels).toBeDefined();
    expect(chart(dashboard, "tier-share").series[0].pointColors).toHaveLength(3);
  });

  it("titles the region chart by what it plots: value, not the customer mix", () => {
    expect(chart(dashboard, "region-mix").title).toBe("Value by region");
    expect(chart(buildDashboardSheet(big, "zh-CN"), "region-mix").title).toBe("各地区的价值");
  });

  it("sizes every column for its tables, so a count in the RFM grid never shows ###", () => {
    dashboard.tables.forEach((t) =>
      rowList(t.rows).forEach((r) =>
        r.forEach((v, c) => {
          const width = dashboard.columnWidths[t.column - 1 + c];
          expect(width).toBeGreaterThan(shownText(v, t.formats[c]).length);
        })
      )
    );
  });
});

describe("buildDashboardSheet: the Pareto line past 100 %", () => {
  it("says that loss-making customers take it back, in both languages, and only when it passes 100 %", () => {
    const losing = run((i) => (i === 1 ? -1500 : i * 100));
    expect(
      texts(buildDashboardSheet(losing, "en-US")).some((v) =>
        /loss-making customers take it back/.test(v)
      )
    ).toBe(true);
    expect(
      texts(buildDashboardSheet(losing, "zh-CN")).some(
        (v) => /亏损客户/.test(v) && /138\.5%/.test(v)
      )
    ).toBe(true);
    const profitable = run((i) => i * 100);
    expect(
      texts(buildDashboardSheet(profitable, "en-US")).some((v) => /take it back/.test(v))
    ).toBe(false);
  });
});
