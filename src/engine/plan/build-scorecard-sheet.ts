import type { Lang } from "../../i18n/lang";
import { scorecardText } from "../../i18n/scorecard";
import { verdictText } from "../explain/scorecard/verdict-text";
import type { ScorecardFit } from "../models/scorecard/fit-scorecard";
import {
  FORMATS,
  type PlanCell,
  type PlanSheet,
  type PlanTable,
  type PlanValue,
} from "./workbook-plan";

/** Where the tables start: the quality figures take rows 3-4. */
const VARIABLES_ROW = 6;
/** The deciles sit to the right of the bins, from this column (J). */
const DECILES_COLUMN = 10;
/** The KS curve's table sits to the right of the deciles, from this column (R). */
const KS_COLUMN = 18;

/**
 * The Scorecard sheet (issue #18): the model's quality, the variables by IV with why each is in
 * the model or not, every bin of every variable with its counts, bad rate, WOE and points, and
 * the bad rate by score decile with its column chart, and the KS curve (the cumulative shares of
 * bads and goods by score cut-off) with its line chart.
 */
export function buildScorecardSheet(fit: ScorecardFit, lang: Lang): PlanSheet {
  const t = scorecardText(lang).sheet;
  const q = fit.quality;
  const figures: [string, PlanValue][] = [
    [t.labels[0], q.ks],
    [t.labels[1], q.auc],
    [t.labels[2], q.gini],
    [t.labels[3], fit.model.basePoints],
  ];
  if (q.holdout) figures.push([t.labels[4], q.holdout.ks], [t.labels[5], q.holdout.auc]);
  const cells: PlanCell[] = [
    { row: 1, column: 1, value: t.title(fit.target, fit.sheet), style: "title" },
    { row: 2, column: 1, value: t.fitted(fit.rows, fit.goods, fit.bads), style: "note" },
    ...figures.flatMap(([label, value], i): PlanCell[] => [
      { row: 3, column: i + 1, value: label, style: "label" },
      {
        row: 4,
        column: i + 1,
        value,
        format: label === t.labels[3] ? FORMATS.score : FORMATS.ratio,
      },
    ]),
  ];

  const byIv = fit.variables.slice().sort((a, b) => (b.iv ?? -1) - (a.iv ?? -1));
  const variables: PlanTable = {
    name: "scorecard_variables",
    row: VARIABLES_ROW,
    column: 1,
    header: t.variablesHeader,
    rows: byIv.map((v) => [
      v.name,
      v.iv,
      v.kept ? t.yes : t.no,
      verdictText(v, lang),
      fit.model.coefficients[v.name] ?? null,
    ]),
    formats: [FORMATS.text, FORMATS.fine, FORMATS.text, FORMATS.text, FORMATS.fine],
    styledHeader: true,
    autoFilter: false,
  };
  const binRows: PlanValue[][] = byIv.flatMap((v) =>
    v.bins.map((b) => [
      v.name,
      b.label,
      b.goods,
      b.bads,
      b.goods + b.bads > 0 ? b.bads / (b.goods + b.bads) : null,
      b.woe,
      b.points,
    ])
  );
  const bins: PlanTable = {
    name: "scorecard_bins",
    row: VARIABLES_ROW + byIv.length + 3,
    column: 1,
    header: t.binsHeader,
    rows: binRows,
    formats: [
      FORMATS.text,
      FORMATS.text,
      FORMATS.count,
      FORMATS.count,
      FORMATS.percent,
      FORMATS.fine,
      FORMATS.integer,
    ],
    styledHeader: true,
    autoFilter: true,
  };
  const deciles: PlanTable = {
    name: "scorecard_deciles",
    row: VARIABLES_ROW,
    column: DECILES_COLUMN,
    header: t.decilesHeader,
    rows: q.deciles.map((d, i) => [i + 1, d.from, d.to, d.rows, d.bads, d.badRate]),
    formats: [
      FORMATS.integer,
      FORMATS.score,
      FORMATS.score,
      FORMATS.count,
      FORMATS.count,
      FORMATS.percent,
    ],
    styledHeader: true,
    autoFilter: false,
  };
  const ks: PlanTable = {
    name: "scorecard_ks",
    row: VARIABLES_ROW,
    column: KS_COLUMN,
    header: t.ksHeader,
    rows: q.ksCurve.map((p) => [p.score, p.badShare, p.goodShare, p.badShare - p.goodShare]),
    formats: [FORMATS.score, FORMATS.percent, FORMATS.percent, FORMATS.percent],
    styledHeader: true,
    autoFilter: false,
  };
  const first = VARIABLES_ROW + 1;
  const last = VARIABLES_ROW + Math.max(q.deciles.length, 1);
  const ksLast = VARIABLES_ROW + Math.max(q.ksCurve.length, 1);
  return {
    key: "scorecard",
    name: t.name,
    tables: [variables, bins, deciles, ks],
    cells,
    charts: [
      {
        id: "scorecard-deciles",
        kind: "column",
        title: t.decileChart,
        categories: { sheet: "scorecard", range: `J${first}:J${last}` },
        series: [{ name: t.badRate, values: { sheet: "scorecard", range: `O${first}:O${last}` } }],
        anchor: { row: VARIABLES_ROW + 12, column: DECILES_COLUMN, width: 7, height: 15 },
      },
      {
        id: "scorecard-ks",
        kind: "line",
        title: t.ksChart(q.ks.toFixed(4)),
        categories: { sheet: "scorecard", range: `R${first}:R${ksLast}` },
        series: [
          { name: t.ksHeader[1], values: { sheet: "scorecard", range: `S${first}:S${ksLast}` } },
          { name: t.ksHeader[2], values: { sheet: "scorecard", range: `T${first}:T${ksLast}` } },
        ],
        anchor: { row: VARIABLES_ROW + 28, column: DECILES_COLUMN, width: 9, height: 16 },
      },
    ],
    conditionalFormats: [],
    columnWidths: [34, 40, 8, 8, 10, 10, 8, 2, 2, 12, 10, 10, 8, 8, 10, 2, 2, 12, 14, 14, 8],
    freeze: { rows: 0, columns: 1 },
    tabColor: "#8064A2",
  };
}
