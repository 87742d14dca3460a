import { isoFromDay } from "../day";
import { lifecycleName, pyramidName } from "../explain/tiers/level-name";
import { measureName } from "../explain/tiers/measure-name";
import { percent } from "../explain/tiers/percent";
import type { LifecycleStatus } from "../models/tiers/lifecycle";
import type { PyramidLevel } from "../models/tiers/pyramid";
import type { ScoreRun } from "../score-workbook";
import type { Lang } from "../../i18n/lang";
import { planText } from "../../i18n/plan";
import { buildClvCalibration } from "./build-clv-calibration";
import { paretoGroups } from "./pareto-groups";
import { paretoAxisMax } from "./pareto-axis-max";
import { blockRange, columnRange, rowAfter } from "./table-range";
import {
  FORMATS,
  type PlanCell,
  type PlanChart,
  type PlanSheet,
  type PlanTable,
  type PlanValue,
} from "./workbook-plan";

const PYRAMID: PyramidLevel[] = ["VIP", "Major", "Ordinary", "Small", "Prospect"];
const LIFECYCLE: LifecycleStatus[] = ["Loyal", "Repeat", "First-time", "Churned", "Prospect"];
const GRADES = ["AAA", "AA", "A", "BBB", "BB", "B", "C", "insufficient"];
/** Charts sit right of the tables, from this column, each beside the table it draws. */
const CHART_COLUMN = 6;
const CHART_SIZE = { width: 8, height: 16 };

/** The dashboard: key figures, the small tables each chart draws from, and the native charts (domain.md §6). */
export function buildDashboardSheet(run: ScoreRun, lang: Lang): PlanSheet {
  const text = planText(lang);
  const t = text.dashboard;
  const s = run.tiers;
  const cells: PlanCell[] = [
    {
      row: 1,
      column: 1,
      value: t.title(isoFromDay(run.asOf), run.customers.length),
      style: "title",
    },
    { row: 2, column: 1, value: t.measure(measureName(s.valueMeasure)[lang]), style: "note" },
    { row: 3, column: 1, value: t.churnLine(s.churnAlerts), style: "note" },
  ];
  if (s.mix.topValueShare !== null) {
    cells.push({
      row: 4,
      column: 1,
      value: t.topLine(percent(s.mix.topValueShare)),
      style: "note",
    });
  }
  if (s.valueMeasure !== "none" && run.customers.length > 0 && s.totals.totalValue <= 0) {
    // Every customer is C when the net total is not positive: the charts below would mislead without it.
    cells.push({ row: 5, column: 1, value: t.netNotPositive(s.totals.totalValue), style: "note" });
  }
  const tables: PlanTable[] = [];
  const charts: PlanChart[] = [];
  let row = 6;

  /** Adds a titled table and returns it; the next one goes below it. */
  function addTable(
    name: string,
    title: string,
    header: string[],
    rows: PlanValue[][],
    formats: PlanTable["formats"]
  ) {
    cells.push({ row, column: 1, value: title, style: "label" });
    const table: PlanTable = {
      name,
      row: row + 1,
      column: 1,
      header,
      rows,
      formats,
      styledHeader: true,
      autoFilter: false,
    };
    tables.push(table);
    // Leave room for the chart beside it, which is taller than most tables.
    row = Math.max(rowAfter(table), row + CHART_SIZE.height + 2);
    return table;
  }
  const range = (table: PlanTable, offset: number) => ({
    sheet: "dashboard" as const,
    range: columnRange(table, offset),
  });
  const anchor = (table: PlanTable) => ({
    row: table.row - 1,
    column: CHART_COLUMN,
    ...CHART_SIZE,
  });

  const groups = paretoGroups(run);
  const pareto = addTable(
    "dashboard_pareto",
    t.paretoTitle,
    t.paretoHeader,
    groups.map((g) => [g.label, g.value, g.cumulativeShare]),
    [FORMATS.text, FORMATS.money, FORMATS.percent]
  );
  charts.push({
    id: "pareto",
    kind: "pareto",
    title: t.paretoTitle,
    categories: range(pareto, 0),
    series: [
      { name: t.valueSeries, values: range(pareto, 1), as: "column", axis: "primary" },
      {
        name: t.cumulativeSeries,
        values: range(pareto, 2),
        as: "line",
        axis: "secondary",
        axisMax: paretoAxisMax(groups.map((g) => g.cumulativeShare)),
      },
    ],
    anchor: anchor(pareto),
  });

  const abc = addTable(
    "dashboard_abc",
    t.abcTitle,
    t.abcHeader,
    (["A", "B", "C"] as const).map((k) => [k, s.abc.counts[k], s.abc.valueShares[k]]),
    [FORMATS.text, FORMATS.count, FORMATS.percent]
  );
  // The point of a Pareto lesson is the value share; a doughnut cannot draw a negative slice, so a
  // file whose C tier loses money shows customer counts instead.
  const shares = Object.values(s.abc.valueShares);
  const byValue = shares.every((v) => v !== null && v >= 0);
  charts.push({
    id: "tier-share",
    kind: "doughnut",
    title: byValue ? t.abcValueTitle : t.abcTitle,
    categories: range(abc, 0),
    series: [
      byValue
        ? { name: t.valueSeries, values: range(abc, 2) }
        : { name: t.customersSeries, values: range(abc, 1) },
    ],
    anchor: anchor(abc),
  });

  const pyramid = addTable(
    "dashboard_pyramid",
    t.pyramidTitle,
    t.pyramidHeader,
    PYRAMID.map((level) => [pyramidName(level)[lang], s.pyramid.counts[level]]),
    [FORMATS.text, FORMATS.count]
  );
  charts.push({
    id: "pyramid",
    kind: "bar",
    title: t.pyramidTitle,
    categories: range(pyramid, 0),
    series: [{ name: t.customersSeries, values: range(pyramid, 1) }],
    anchor: anchor(pyramid),
  });

  const grades = addTable(
    "dashboard_grades",
    t.gradesTitle,
    t.gradesHeader,
    GRADES.map((g) => [g === "insufficient" ? t.insufficient : g, run.credit.grades[g] ?? 0]),
    [FORMATS.text, FORMATS.count]
  );
  charts.push({
    id: "credit-grades",
    kind: "column",
    title: t.gradesTitle,
    categories: range(grades, 0),
    series: [{ name: t.customersSeries, values: range(grades, 1) }],
    anchor: anchor(grades),
  });

  const lifecycle = addTable(
    "dashboard_lifecycle",
    t.lifecycleTitle,
    t.lifecycleHeader,
    LIFECYCLE.map((status) => [lifecycleName(status)[lang], s.lifecycle[status]]),
    [FORMATS.text, FORMATS.count]
  );
  charts.push({
    id: "lifecycle",
    kind: "bar",
    title: t.lifecycleTitle,
    categories: range(lifecycle, 0),
    series: [{ name: t.customersSeries, values: range(lifecycle, 1) }],
    anchor: anchor(lifecycle),
  });

  const regions = s.mix.byDimension.region;
  const region = addTable(
    "dashboard_region",
    t.regionTitle,
    t.regionHeader,
    regions.map((g) => [g.key ?? t.unknownRegion, g.count, g.value, g.valueShare]),
    [FORMATS.text, FORMATS.count, FORMATS.money, FORMATS.percent]
  );
  charts.push({
    id: "region-mix",
    kind: "bar",
    title: t.regionTitle,
    categories: range(region, 0),
    series: [{ name: t.valueSeries, values: range(region, 2) }],
    anchor: anchor(region),
  });

  const grid = rfmGrid(run);
  const rfm = addTable(
    "dashboard_rfm_grid",
    t.rfmTitle,
    [t.rfmCorner, "1", "2", "3", "4", "5"],
    grid.map((counts, i) => [`R${5 - i}`, ...counts]),
    [FORMATS.text, FORMATS.count, FORMATS.count, FORMATS.count, FORMATS.count, FORMATS.count]
  );
  // The BG/NBD check and parameters, below everything else; nothing without the bgnbd model.
  const clv = buildClvCalibration(run, lang, row);
  cells.push(...clv.cells);
  tables.push(...clv.tables);
  charts.push(...clv.charts);

  return {
    key: "dashboard",
    name: text.sheets.dashboard,
    tables,
    cells,
    charts,
    conditionalFormats: [
      {
        kind: "color-scale",
        range: blockRange(rfm, 1, 5),
        colors: ["#F8F9FA", "#9EC5FE", "#0A58CA"],
      },
    ],
    columnWidths: [22, 12, 16, 12, 4],
    tabColor: "#8064A2",
  };
}

/** Customer counts by R (rows 5 down to 1) and FM (columns 1 to 5). */
export function rfmGrid(run: ScoreRun): number[][] {
  const grid = Array.from({ length: 5 }, () => [0, 0, 0, 0, 0]);
  for (const { tiers } of run.customers) {
    if (tiers.rfm) grid[5 - tiers.rfm.r][tiers.rfm.fm - 1]++;
  }
  return grid;
}
