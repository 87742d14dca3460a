import { periodTransactions } from "../models/clv/period-transactions";
import type { ScoreRun } from "../score-workbook";
import type { Lang } from "../../i18n/lang";
import { clvText } from "../../i18n/clv";
import { plainNumber } from "../explain/tiers/plain-number";
import { columnRange, rowAfter } from "./table-range";
import { FORMATS, type PlanCell, type PlanChart, type PlanTable } from "./workbook-plan";

/** Customers with 0..6 repeat purchases and "7+", as Fader, Hardie & Lee (2005, fig. 3) show them. */
const BINS = 8;
/** The chart beside the table, as the dashboard's other charts sit (build-dashboard-sheet.ts). */
const CHART = { column: 6, width: 8, height: 16 };

export interface ClvCalibrationBlock {
  cells: PlanCell[];
  tables: PlanTable[];
  charts: PlanChart[];
  /** The first free row below the block. */
  nextRow: number;
}

/**
 * The Dashboard's BG/NBD block, from `row` down, only when settings choose the bgnbd model: the
 * period-transactions check (customers by repeat purchases in their own observed time, actual
 * against the model's expectation; a calibration/holdout plot would need purchases after a split
 * date, which a scoring run up to its as-of date does not have) as a column chart with the table it
 * draws from, and the fitted parameters (BG/NBD r, alpha, a, b and log-likelihood; Gamma-Gamma p, q,
 * v and log-likelihood where spend was fitted). A refused fit gets its reason instead. Empty
 * without the bgnbd model, so the default dashboard is unchanged.
 */
export function buildClvCalibration(run: ScoreRun, lang: Lang, row: number): ClvCalibrationBlock {
  const block: ClvCalibrationBlock = { cells: [], tables: [], charts: [], nextRow: row };
  const p = run.predictiveClv;
  if (!p) return block;
  const text = clvText(lang);
  const t = text.dashboard;
  const unit = text.unit(run.settings.tiers.clv.period);
  // Which rule raised the churn alerts above, said where the model is shown.
  const churn = run.settings.tiers.churnAlert;
  if (churn.rule === "p-alive") {
    const kept = run.tiers.warnings.find((w) => w.code === "churn-gap-rule-kept");
    const note = t.churnRule(plainNumber(churn.pAliveBelow), Number(kept?.params.count ?? 0));
    block.cells.push({ row: row++, column: 1, value: note, style: "note" });
  }
  const bgnbd = p.models?.bgnbd;
  if (!bgnbd?.ok || !p.summary) {
    const reason = text.refusal(
      bgnbd && !bgnbd.ok ? bgnbd.refusal : (p.refusal ?? { code: "no-purchases" })
    );
    block.cells.push({ row, column: 1, value: t.refused(reason), style: "note" });
    block.nextRow = row + 2;
    return block;
  }
  const { actual, expected } = periodTransactions(bgnbd.params, p.summary, BINS);
  block.cells.push({ row, column: 1, value: t.title(unit), style: "label" });
  block.cells.push({ row: row + 1, column: 1, value: t.note, style: "note" });
  const counts: PlanTable = {
    name: "dashboard_clv_period_transactions",
    row: row + 2,
    column: 1,
    header: t.header,
    rows: Array.from(actual, (a, n) => [
      n === BINS - 1 ? `${n}+` : String(n),
      a,
      Math.round(expected[n] * 10) / 10,
    ]),
    formats: [FORMATS.text, FORMATS.count, FORMATS.score],
    styledHeader: true,
    autoFilter: false,
  };
  block.tables.push(counts);
  const range = (offset: number) => ({
    sheet: "dashboard" as const,
    range: columnRange(counts, offset),
  });
  block.charts.push({
    id: "clv-period-transactions",
    kind: "column",
    title: t.title(unit),
    categories: range(0),
    series: [
      { name: t.actualSeries, values: range(1) },
      { name: t.expectedSeries, values: range(2) },
    ],
    anchor: { row: counts.row - 1, column: CHART.column, width: CHART.width, height: CHART.height },
  });

  const gg = p.models?.gammaGamma ?? null;
  const params: [string, number][] = [
    ["r", bgnbd.params.r],
    ["alpha", bgnbd.params.alpha],
    ["a", bgnbd.params.a],
    ["b", bgnbd.params.b],
    [t.logLikelihood("BG/NBD"), bgnbd.logLikelihood],
  ];
  if (gg?.ok) {
    params.push(
      ["p", gg.params.p],
      ["q", gg.params.q],
      ["v", gg.params.v],
      [t.logLikelihood("Gamma-Gamma"), gg.logLikelihood]
    );
  }
  const paramsRow = Math.max(rowAfter(counts), counts.row + CHART.height + 1);
  block.cells.push({
    row: paramsRow,
    column: 1,
    value: t.paramsTitle(bgnbd.customers, gg?.ok ? gg.customers : null),
    style: "label",
  });
  const table: PlanTable = {
    name: "dashboard_clv_parameters",
    row: paramsRow + 1,
    column: 1,
    header: t.paramsHeader,
    rows: params.map(([name, value]) => [name, value]),
    // Four decimals, as the reference figures of these models are quoted.
    formats: [FORMATS.text, FORMATS.fine],
    styledHeader: true,
    autoFilter: false,
  };
  block.tables.push(table);
  let next = rowAfter(table, 1);
  const ggNote =
    gg === null ? t.noSpend : gg.ok ? null : t.gammaGammaRefused(text.refusal(gg.refusal));
  if (ggNote) block.cells.push({ row: next++, column: 1, value: ggNote, style: "note" });
  block.nextRow = next + 1;
  return block;
}
