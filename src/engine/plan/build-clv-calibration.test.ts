import { rowList } from "./plan-rows";
import { dayFromIso } from "../day";
import { simulatedPurchasesWorkbook } from "../models/clv/simulated-purchases.test-helper";
import { scoreWorkbook } from "../score-workbook";
import { DEFAULT_SETTINGS, type Settings } from "../settings";
import { buildClvCalibration } from "./build-clv-calibration";
import { buildDashboardSheet } from "./build-dashboard-sheet";

const asOf = dayFromIso("2024-12-31")!;
const bgnbd: Settings = {
  ...DEFAULT_SETTINGS,
  tiers: { ...DEFAULT_SETTINGS.tiers, clv: { ...DEFAULT_SETTINGS.tiers.clv, model: "bgnbd" } },
};

describe("buildClvCalibration (the Dashboard's BG/NBD block)", () => {
  const run = scoreWorkbook(simulatedPurchasesWorkbook(), { asOf, settings: bgnbd })!;

  it("tables customers by repeat purchases, actual and expected, adding up to the customers", () => {
    const block = buildClvCalibration(run, "en-US", 100);
    const counts = block.tables[0];
    expect(counts.name).toBe("dashboard_clv_period_transactions");
    expect(counts.row).toBe(102);
    expect(counts.header).toEqual([
      "Repeat purchases",
      "Customers (actual)",
      "Customers (expected)",
    ]);
    expect(rowList(counts.rows).map((r) => r[0])).toEqual([
      "0",
      "1",
      "2",
      "3",
      "4",
      "5",
      "6",
      "7+",
    ]);
    const sum = (k: number) => rowList(counts.rows).reduce((s, r) => s + (r[k] as number), 0);
    expect(sum(1)).toBe(60);
    expect(Math.abs(sum(2) - 60)).toBeLessThan(0.5);
    // Actual counts come from the very summary the model was fitted on.
    const x = run.predictiveClv!.summary!.x;
    expect(rowList(counts.rows)[0][1]).toBe(Array.from(x).filter((v) => v === 0).length);
  });

  it("draws both rows as a column chart beside the table, reading the table's cells", () => {
    const [chart] = buildClvCalibration(run, "en-US", 100).charts;
    expect(chart.kind).toBe("column");
    expect(chart.series.map((s) => s.name)).toEqual(["Actual", "Expected (BG/NBD)"]);
    expect(chart.categories.range).toBe("A103:A110");
    expect(chart.series.map((s) => s.values.range)).toEqual(["B103:B110", "C103:C110"]);
    expect(chart.anchor.row).toBe(101);
  });

  it("lists the fitted BG/NBD and Gamma-Gamma parameters with their log-likelihoods", () => {
    const params = buildClvCalibration(run, "en-US", 100).tables[1];
    const models = run.predictiveClv!.models!;
    if (!models.bgnbd.ok || !models.gammaGamma?.ok) throw new Error("not fitted");
    expect(params.rows).toEqual([
      ["r", models.bgnbd.params.r],
      ["alpha", models.bgnbd.params.alpha],
      ["a", models.bgnbd.params.a],
      ["b", models.bgnbd.params.b],
      ["BG/NBD log-likelihood", models.bgnbd.logLikelihood],
      ["p", models.gammaGamma.params.p],
      ["q", models.gammaGamma.params.q],
      ["v", models.gammaGamma.params.v],
      ["Gamma-Gamma log-likelihood", models.gammaGamma.logLikelihood],
    ]);
    expect(params.row).toBeGreaterThan(102 + 16);
  });

  it("speaks zh-CN", () => {
    const block = buildClvCalibration(run, "zh-CN", 100);
    expect(block.tables[0].header[0]).toBe("重复购买次数");
    expect(block.charts[0].series[1].name).toBe("预期（BG/NBD）");
    expect(block.cells[0].value).toContain("周");
  });

  it("says why instead when the fit is refused", () => {
    const few = scoreWorkbook(simulatedPurchasesWorkbook(9, 3), { asOf, settings: bgnbd })!;
    expect(few.predictiveClv?.refusal).not.toBeNull();
    const block = buildClvCalibration(few, "en-US", 100);
    expect(block.tables).toEqual([]);
    expect(block.charts).toEqual([]);
    expect(block.cells[0].value).toMatch(/^BG\/NBD was not fitted: .*customers/);
  });

  it("is on the Dashboard below the RFM grid with the bgnbd model, and absent by default", () => {
    const sheet = buildDashboardSheet(run, "en-US");
    const rfm = sheet.tables.find((t) => t.name === "dashboard_rfm_grid")!;
    const counts = sheet.tables.find((t) => t.name === "dashboard_clv_period_transactions")!;
    expect(counts.row).toBeGreaterThan(rfm.row + rfm.rows.length);
    expect(sheet.charts.map((c) => c.id)).toContain("clv-period-transactions");
    const plain = scoreWorkbook(simulatedPurchasesWorkbook(), {
      asOf,
      settings: DEFAULT_SETTINGS,
    })!;
    const dashboard = buildDashboardSheet(plain, "en-US");
    expect(dashboard.tables.map((t) => t.name)).not.toContain("dashboard_clv_period_transactions");
    expect(buildClvCalibration(plain, "en-US", 100)).toEqual({
      cells: [],
      tables: [],
      charts: [],
      nextRow: 100,
    });
  });

  it("says when churn alerts follow P(alive), and how many customers kept the gap rule", () => {
    const churnAlert = { ...bgnbd.tiers.churnAlert, rule: "p-alive" as const };
    const settings = { ...bgnbd, tiers: { ...bgnbd.tiers, churnAlert } };
    const byPAlive = scoreWorkbook(simulatedPurchasesWorkbook(), { asOf, settings })!;
    const block = buildClvCalibration(byPAlive, "en-US", 100);
    expect(block.cells[0]).toEqual({
      row: 100,
      column: 1,
      value: "Churn alerts: P(alive) below 0.3 instead of the 2x-gap rule.",
      style: "note",
    });
    expect(block.tables[0].row).toBe(103);
    expect(buildClvCalibration(byPAlive, "zh-CN", 100).cells[0].value).toBe(
      "流失预警：按存活概率低于 0.3，而非 2 倍间隔规则。"
    );
    // Under the default gap rule, no such line.
    expect(buildClvCalibration(run, "en-US", 100).cells[0].value).toMatch(/^BG\/NBD check/);
  });
});
