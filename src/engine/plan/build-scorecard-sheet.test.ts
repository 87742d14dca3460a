import { rowList } from "./plan-rows";
import type { CellValue } from "../table/cell";
import { fitScorecard, type ScorecardFit } from "../models/scorecard/fit-scorecard";
import { buildScorecardSheet } from "./build-scorecard-sheet";

function fitted(holdout: boolean): ScorecardFit {
  const rows: CellValue[][] = [["months", "housing", "noise", "bad"]];
  for (let i = 0; i < 200; i++) {
    const months = (i * 7) % 60;
    const housing = i % 3 === 0 ? "rent" : "own";
    const bad = (months < 20 && i % 5 !== 0) || (housing === "rent" && i % 4 === 0) || i % 17 === 0;
    rows.push([months, housing, i % 2, bad ? 1 : 0]);
  }
  const result = fitScorecard({ name: "Applicants", rows }, { target: "bad", holdout });
  if (!result.ok) throw new Error(result.problem.message["en-US"]);
  return result.fit;
}

describe("buildScorecardSheet", () => {
  const fit = fitted(false);
  const sheet = buildScorecardSheet(fit, "en-US");
  const table = (name: string) => sheet.tables.find((t) => t.name === name)!;

  it("lists the variables by IV with why each is in the model or not", () => {
    const variables = table("scorecard_variables");
    expect(rowList(variables.rows).map((r) => r[0])).toEqual(
      fit.variables
        .slice()
        .sort((a, b) => (b.iv ?? -1) - (a.iv ?? -1))
        .map((v) => v.name)
    );
    const noise = rowList(variables.rows).find((r) => r[0] === "noise")!;
    expect(noise.slice(2)).toEqual(["no", expect.stringMatching(/^left out: IV/), null]);
    const months = rowList(variables.rows).find((r) => r[0] === "months")!;
    expect(months[4]).toBe(fit.model.coefficients.months);
  });

  it("gives every bin its counts, bad rate, WOE and points", () => {
    const bins = table("scorecard_bins");
    const months = fit.variables.find((v) => v.name === "months")!;
    const rows = rowList(bins.rows).filter((r) => r[0] === "months");
    expect(rows).toEqual(
      months.bins.map((b) => [
        "months",
        b.label,
        b.goods,
        b.bads,
        b.bads / (b.goods + b.bads),
        b.woe,
        b.points,
      ])
    );
    expect(bins.row).toBeGreaterThan(table("scorecard_variables").row + fit.variables.length);
  });

  it("charts the bad rate by score decile from the deciles table", () => {
    const deciles = table("scorecard_deciles");
    expect(rowList(deciles.rows).map((r) => r[5])).toEqual(
      fit.quality.deciles.map((d) => d.badRate)
    );
    expect(deciles.column).toBe(10);
    const chart = sheet.charts[0];
    expect(chart.categories.range).toBe("J7:J16");
    // The bad-rate column is the deciles table's sixth: J + 5 = O.
    expect(chart.series[0].values.range).toBe("O7:O16");
  });

  it("draws the KS curve as two lines from its table", () => {
    const ks = table("scorecard_ks");
    expect(ks.column).toBe(18);
    expect(ks.rows).toEqual(
      fit.quality.ksCurve.map((p) => [p.score, p.badShare, p.goodShare, p.badShare - p.goodShare])
    );
    const last = 6 + fit.quality.ksCurve.length;
    const chart = sheet.charts.find((c) => c.id === "scorecard-ks")!;
    expect(chart.kind).toBe("line");
    expect(chart.title).toBe(`KS curve (KS ${fit.quality.ks.toFixed(4)})`);
    expect(chart.categories.range).toBe(`R7:R${last}`);
    expect(chart.series.map((s) => s.values.range)).toEqual([`S7:S${last}`, `T7:T${last}`]);
    // The largest gap the curve samples is at most KS, which takes every distinct score.
    const gaps = rowList(ks.rows).map((r) => r[3] as number);
    expect(Math.max(...gaps)).toBeLessThanOrEqual(fit.quality.ks + 1e-12);
  });

  it("shows the quality figures, the holdout's with --holdout, in both languages", () => {
    const labels = (s: typeof sheet) => s.cells.filter((c) => c.row === 3).map((c) => c.value);
    expect(labels(sheet)).toEqual(["KS", "AUC", "Gini", "Base points"]);
    expect(sheet.cells.find((c) => c.row === 4 && c.column === 2)?.value).toBe(fit.quality.auc);
    const zh = buildScorecardSheet(fitted(true), "zh-CN");
    expect(labels(zh)).toEqual(["KS", "AUC", "Gini", "基础分", "验证样本 KS", "验证样本 AUC"]);
    expect(zh.name).toBe("TierSheet 评分卡");
  });
});
