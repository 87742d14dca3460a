import { lifecycleName, pyramidName } from "../explain/tiers/level-name";
import { segmentName } from "../explain/tiers/segment-name";
import { stageName } from "../explain/tiers/stage-name";
import { churnAction, type ChurnAction } from "../models/tiers/churn-action";
import type { ScoreRun } from "../score-workbook";
import type { Lang } from "../../i18n/lang";
import { planText } from "../../i18n/plan";
import { dataSheetPrint } from "./data-sheet-print";
import { fitColumnWidths } from "./fit-column-widths";
import { FORMATS, type PlanSheet, type PlanTable } from "./workbook-plan";
import { predictiveClvColumns } from "./predictive-clv-columns";
import { scoredCount, scoredNameAt, scoredTiersAt } from "../scored-customers";
import { madeRows } from "./plan-rows";

const KEY_NAMES = {
  both: { "zh-CN": "双料", "en-US": "both" },
  "high-value": { "zh-CN": "高价值", "en-US": "high-value" },
  influential: { "zh-CN": "重点", "en-US": "influential" },
} as const;

/** The churn column says what to do: call an overdue active customer, or win back a churned one. */
function churnCell(
  action: ChurnAction | null,
  t: { churnCall: string; churnWinBack: string; no: string }
): string {
  return action === "call" ? t.churnCall : action === "win-back" ? t.churnWinBack : t.no;
}

/** The tiers sheet: one row per customer, keyed by customer_id, with every tier model's result. */
export function buildTiersSheet(run: ScoreRun, lang: Lang): PlanSheet {
  const t = planText(lang).tiers;
  const extra = predictiveClvColumns(run, lang);
  // Made when written: a row per customer is never held beside the run's columns.
  const rows = madeRows(scoredCount(run), (i) => {
    const tiers = scoredTiersAt(run, i);
    return [
      tiers.customer_id,
      scoredNameAt(run, i),
      tiers.value,
      tiers.rank,
      tiers.cumulativeShare,
      tiers.abc,
      tiers.lossMaking ? t.yes : t.no,
      tiers.pyramid && pyramidName(tiers.pyramid)[lang],
      tiers.breakClass,
      tiers.key.kind && KEY_NAMES[tiers.key.kind][lang],
      tiers.rfm?.r ?? null,
      tiers.rfm?.f ?? null,
      tiers.rfm?.m ?? null,
      tiers.rfm && segmentName(tiers.rfm.segment)[lang],
      tiers.lifecycle && lifecycleName(tiers.lifecycle)[lang],
      tiers.stage && stageName(tiers.stage)[lang],
      churnCell(churnAction(tiers), t),
      tiers.clv,
      tiers.row,
      ...(extra ? extra.cells(i) : []),
    ];
  });
  const table: PlanTable = {
    name: "tiers_customers",
    row: 1,
    column: 1,
    header: extra ? [...t.header, ...extra.header] : t.header,
    rows,
    formats: [
      FORMATS.text,
      FORMATS.text,
      FORMATS.money,
      FORMATS.integer,
      FORMATS.percent,
      FORMATS.text,
      FORMATS.text,
      FORMATS.text,
      FORMATS.integer,
      FORMATS.text,
      FORMATS.integer,
      FORMATS.integer,
      FORMATS.integer,
      FORMATS.text,
      FORMATS.text,
      FORMATS.text,
      FORMATS.text,
      FORMATS.money,
      FORMATS.integer,
      ...(extra ? extra.formats : []),
    ],
    styledHeader: true,
    autoFilter: true,
  };
  const last = Math.max(rows.length, 1) + 1;
  return {
    key: "tiers",
    name: planText(lang).sheets.tiers,
    tables: [table],
    cells: [],
    charts: [],
    conditionalFormats: [
      { kind: "text-fill", range: `F2:F${last}`, text: "A", fill: "#D1E7DD", font: "#0F5132" },
      { kind: "text-fill", range: `F2:F${last}`, text: "B", fill: "#FFF3CD", font: "#664D03" },
      {
        kind: "text-fill",
        range: `Q2:Q${last}`,
        text: t.churnCall,
        fill: "#F8D7DA",
        font: "#842029",
      },
      {
        kind: "text-fill",
        range: `Q2:Q${last}`,
        text: t.churnWinBack,
        fill: "#E2E3E5",
        font: "#41464B",
      },
    ],
    columnWidths: fitColumnWidths([table]),
    freeze: { rows: 1, columns: 2 },
    tabColor: "#4F81BD",
    print: dataSheetPrint(table.row, "A:B"),
  };
}
