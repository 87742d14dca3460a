import { rowList } from "./plan-rows";
import { dayFromIso, excelSerialFromDay, isoFromDay, type Day } from "../day";
import { EXCEL_ROWS } from "../excel-limits";
import { snapshotOf, type SnapshotRow } from "../history/snapshot";
import { makeSample } from "../sample/make-sample";
import { scoreWorkbook, type ScoreRun } from "../score-workbook";
import { DEFAULT_SETTINGS } from "../settings";
import { buildHighlights } from "./build-highlights";
import { buildScorePlan } from "./build-score-plan";
import { paretoGroups } from "./pareto-groups";
import { tenCustomers } from "./ten-customers.test-helper";
import type { PlanSheet, PlanTable } from "./workbook-plan";

const asOf = dayFromIso("2026-11-01")!;

const tiny = tenCustomers;

const sheet = (plan: { sheets: PlanSheet[] }, key: string) =>
  plan.sheets.find((s) => s.key === key)!;
const table = (s: PlanSheet, name: string): PlanTable => s.tables.find((t) => t.name === name)!;

describe("buildScorePlan", () => {
  const run = tiny();
  const plan = buildScorePlan(run, "en-US");

  it("plans the dashboard, tiers, credit and check sheets, localized", () => {
    expect(plan.sheets.map((s) => s.key)).toEqual([
      "dashboard",
      "tiers",
      "credit",
      "validation",
      "history",
    ]);
    expect(buildScorePlan(run, "zh-CN").sheets.map((s) => s.name)).toEqual([
      "TierSheet 仪表盘",
      "TierSheet 分级",
      "TierSheet 信用",
      "TierSheet 检查",
      "TierSheet 历史",
    ]);
    expect(plan.highlights).toEqual([]);
  });

  it("past Excel's last row, leaves out the history's oldest snapshots and keeps this one", () => {
    const old = snapshotOf(run).map((r) => ({ ...r, date: (r.date - 31) as Day }));
    // A million rows of last month's snapshot: this month's ten no longer fit beside all of them.
    const previousHistory = new Array<SnapshotRow>(EXCEL_ROWS - 5).fill(old[0]);
    const big = buildScorePlan(run, "en-US", { previousHistory });
    const history = sheet(big, "history");
    const rows = history.tables[0].rows;
    expect(rows).toHaveLength(10);
    expect(rowList(rows).every((r) => r[0] === excelSerialFromDay(run.asOf))).toBe(true);
    expect(history.cells.map((c) => c.value)).toEqual([
      `Excel's last row: the oldest snapshots (${isoFromDay(old[0].date)}) no longer fit and are left out; snapshots kept: 1`,
    ]);
    // The movers still compare this month with last month.
    expect(sheet(big, "migration")).toBeDefined();
  });

  it("holds no row per customer: the per-customer tables make their rows when written", () => {
    const perCustomer = [
      table(sheet(plan, "tiers"), "tiers_customers"),
      table(sheet(plan, "credit"), "credit_customers"),
      table(sheet(plan, "validation"), "validation_completeness"),
      table(sheet(plan, "history"), "history_snapshots"),
    ];
    for (const t of perCustomer) {
      expect([t.name, Array.isArray(t.rows), t.rows.length]).toEqual([t.name, false, 10]);
    }
  });

  it("writes one tiers row per customer at A2 onwards, keyed by customer_id", () => {
    const tiers = table(sheet(plan, "tiers"), "tiers_customers");
    expect([tiers.row, tiers.column]).toEqual([1, 1]);
    expect(tiers.rows).toHaveLength(10);
    expect(tiers.header.length).toBe(tiers.formats.length);
    const c10 = rowList(tiers.rows).find((r) => r[0] === "C10")!;
    // C10 holds the largest profit (1000 of 5500): rank 1, tier A.
    expect(c10.slice(0, 6)).toEqual(["C10", "客户10", 1000, 1, 1000 / 5500, "A"]);
    const c1 = rowList(tiers.rows).find((r) => r[0] === "C1")!;
    expect(c1[5]).toBe("C");
  });

  it("writes each customer's grade and reasons on the credit sheet", () => {
    const credit = table(sheet(plan, "credit"), "credit_customers");
    expect(credit.rows).toHaveLength(10);
    expect(credit.header.slice(0, 4)).toEqual(["Customer ID", "Customer name", "Score", "Grade"]);
    for (const row of rowList(credit.rows)) expect(row.length).toBe(credit.header.length);
  });

  it("draws the Pareto, tier share, pyramid, grade, lifecycle and region charts over their tables", () => {
    const dashboard = sheet(plan, "dashboard");
    expect(dashboard.charts.map((c) => [c.id, c.kind])).toEqual([
      ["pareto", "pareto"],
      ["tier-share", "doughnut"],
      ["pyramid", "bar"],
      ["credit-grades", "column"],
      ["lifecycle", "bar"],
      ["region-mix", "bar"],
    ]);
    const pareto = table(dashboard, "dashboard_pareto");
    const chart = dashboard.charts[0];
    const first = pareto.row + 1;
    const last = pareto.row + pareto.rows.length;
    expect(chart.categories).toEqual({ sheet: "dashboard", range: `A${first}:A${last}` });
    expect(chart.series.map((s) => [s.values.range, s.as, s.axis])).toEqual([
      [`B${first}:B${last}`, "column", "primary"],
      [`C${first}:C${last}`, "line", "secondary"],
    ]);
    // Ten customers: one column each, largest first, the line ending at 100%.
    expect(rowList(pareto.rows).map((r) => r[0])).toEqual([
      "C10",
      "C9",
      "C8",
      "C7",
      "C6",
      "C5",
      "C4",
      "C3",
      "C2",
      "C1",
    ]);
    expect(rowList(pareto.rows)[9][2]).toBeCloseTo(1, 10);
    expect(chart.series[1].axisMax).toBe(1);
    const abc = table(dashboard, "dashboard_abc");
    expect(rowList(abc.rows).map((r) => r[0])).toEqual(["A", "B", "C"]);
    // All tiers hold a positive share here, so the doughnut draws the value shares (column C).
    expect(dashboard.charts[1].series[0].values.range).toBe(`C${abc.row + 1}:C${abc.row + 3}`);
    expect(dashboard.charts[1].title).toBe("ABC tiers: share of value");
  });

  it("says on the Dashboard when the net value is not positive (everyone is C), and only then", () => {
    const notes = (r: ScoreRun) =>
      sheet(buildScorePlan(r, "en-US"), "dashboard").cells.map((c) => String(c.value));
    const losing = tiny((i) => (i === 10 ? -10_000 : i * 100));
    expect(notes(losing).some((v) => /net value of all customers is -5,500/.test(v))).toBe(true);
    expect(notes(run).some((v) => /net value of all customers/.test(v))).toBe(false);
  });

  it("raises the Pareto line's axis when money-losing customers take the share past 100 %", () => {
    // Profits 200..1,000 and a loss of 1,500: the net total is 3,900, and the share reaches 5,400 / 3,900.
    const run = tiny((i) => (i === 1 ? -1500 : i * 100));
    const dashboard = sheet(buildScorePlan(run, "en-US"), "dashboard");
    const shares = rowList(table(dashboard, "dashboard_pareto").rows).map((r) => r[2] as number);
    expect(Math.max(...shares)).toBeCloseTo(5400 / 3900, 10);
    expect(dashboard.charts[0].series[1].axisMax).toBe(1.4);
  });

  it("counts the RFM grid so that every RFM-scored customer is in one cell, with a colour scale", () => {
    const dashboard = sheet(plan, "dashboard");
    const grid = table(dashboard, "dashboard_rfm_grid");
    const total = rowList(grid.rows).reduce(
      (sum, r) => sum + (r.slice(1) as number[]).reduce((a, b) => a + b, 0),
      0
    );
    expect(total).toBe(run.tiers.totals.rfmScored);
    expect(dashboard.conditionalFormats).toEqual([
      {
        kind: "color-scale",
        range: `B${grid.row + 1}:F${grid.row + 5}`,
        colors: expect.any(Array),
      },
    ]);
  });

  it("never lets two dashboard tables overlap", () => {
    const tables = sheet(plan, "dashboard").tables;
    for (let i = 1; i < tables.length; i++) {
      expect(tables[i].row).toBeGreaterThan(tables[i - 1].row + tables[i - 1].rows.length);
    }
  });
});

describe("paretoGroups", () => {
  it("groups large files into twenty 5% groups whose values add up to the total", () => {
    const { workbook } = makeSample({ kind: "enterprise", rows: 300, seed: 4, asOf });
    const run = scoreWorkbook(workbook, { asOf, settings: DEFAULT_SETTINGS })!;
    const groups = paretoGroups(run);
    expect(groups).toHaveLength(20);
    expect(groups[0].label).toBe("0-5%");
    const sum = groups.reduce((s, g) => s + g.value, 0);
    expect(sum).toBeCloseTo(run.tiers.totals.totalValue, 2);
    expect(groups[19].cumulativeShare).toBeCloseTo(1, 6);
    // Largest first: the first group holds more than the last.
    expect(groups[0].value).toBeGreaterThan(groups[19].value);
  });
});

describe("buildHighlights", () => {
  it("marks each finding's cell once, with its worst severity", () => {
    const { workbook, injected } = makeSample({
      kind: "enterprise",
      rows: 120,
      seed: 3,
      asOf,
      messy: true,
    });
    const run = scoreWorkbook(workbook, { asOf, settings: DEFAULT_SETTINGS })!;
    const highlights = buildHighlights(run.validation, run.table);
    const all = highlights.flatMap((h) => h.cells);
    expect(new Set(all).size).toBe(all.length);
    const errors = highlights.find((h) => h.severity === "error")!.cells;
    const typeError = injected.find((d) => d.code === "type-error")!;
    expect(errors).toContain(`${typeError.column}${typeError.row}`);
    expect(highlights.every((h) => h.sheet === "客户档案")).toBe(true);
  });
});
