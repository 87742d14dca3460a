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
import { ABC_COLORS, GRADE_COLORS, LIFECYCLE_COLORS, PYRAMID_COLORS } from "./category-colors";
import { dashboardPageBreaks, type DashboardBlock } from "./dashboard-pages";
import { fitColumnWidths } from "./fit-column-widths";
import { moneyScale } from "./money-scale";
import { blockRange, columnRange, rowAfter } from "./table-range";
import { columnLetter } from "../table/column-letter";
import {
  FORMATS,
  type PlanCell,
  type PlanChart,
  type PlanSheet,
  type PlanTable,
  type PlanValue,
} from "./workbook-plan";
import { scoredCount } from "../scored-customers";
import { fmOf } from "../models/tiers/tier-columns";

const PYRAMID: PyramidLevel[] = ["VIP", "Major", "Ordinary", "Small", "Prospect"];
const LIFECYCLE: LifecycleStatus[] = ["Loyal", "Repeat", "First-time", "Churned", "Prospect"];
const GRADES = ["AAA", "AA", "A", "BBB", "BB", "B", "C", "insufficient"];
/** Charts sit right of the tables, from this column, each beside the table it draws. */
const CHART_COLUMN = 5;
/** Wide and short, so that two blocks (a table with its chart) fit on a landscape page. */
const CHART_SIZE = { width: 10, height: 18 };
/** Rows of a landscape A4 page once the Dashboard is scaled to one page wide (LibreOffice, Excel). */
const ROWS_PER_PAGE = 46;
/** The last column a chart reaches: the printed width. */
const LAST_COLUMN = CHART_COLUMN + CHART_SIZE.width - 1;

/** The dashboard: key figures, the small tables each chart draws from, and the native charts (domain.md §6). */
export function buildDashboardSheet(run: ScoreRun, lang: Lang): PlanSheet {
  const text = planText(lang);
  const t = text.dashboard;
  const s = run.tiers;
  const cells: PlanCell[] = [
    {
      row: 1,
      column: 1,
      value: t.title(isoFromDay(run.asOf), scoredCount(run)),
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
  if (s.valueMeasure !== "none" && scoredCount(run) > 0 && s.totals.totalValue <= 0) {
    // Every customer is C when the net total is not positive: the charts below would mislead without it.
    cells.push({ row: 5, column: 1, value: t.netNotPositive(s.totals.totalValue), style: "note" });
  }
  const tables: PlanTable[] = [];
  const charts: PlanChart[] = [];
  const blocks: DashboardBlock[] = [];
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
    // Leave room for the chart beside it, which is taller than most tables, and for a note below.
    const next = Math.max(rowAfter(table), row + CHART_SIZE.height + 2);
    // From the blank row above the title: a page then ends on a blank row, not on the chart's top border.
    blocks.push({ first: row - 1, last: next - 1 });
    row = next;
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
  const paretoScale = moneyScale(groups.map((g) => g.value));
  const pareto = addTable(
    "dashboard_pareto",
    t.paretoTitle,
    t.paretoHeader,
    groups.map((g) => [g.label, g.value, g.cumulativeShare]),
    [FORMATS.text, FORMATS.wholeMoney, FORMATS.percent]
  );
  const peak = Math.max(0, ...groups.map((g) => g.cumulativeShare));
  if (peak > 1.0005) {
    // Shares of the net total pass 100% when customers lose money; say so beside the line that shows it.
    cells.push({
      row: rowAfter(pareto, 0),
      column: 1,
      value: t.paretoPastFull(percent(peak)),
      style: "note",
    });
  }
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
    axes: {
      valueTitle: t.moneyAxis,
      valueFormat: paretoScale.format,
      categoryTitle: t.paretoCategoryAxis,
      categoryLabelsLow: true,
    },
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
      {
        ...(byValue
          ? { name: t.valueSeries, values: range(abc, 2) }
          : { name: t.customersSeries, values: range(abc, 1) }),
        pointColors: [ABC_COLORS.A, ABC_COLORS.B, ABC_COLORS.C],
      },
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
    title: t.pyramidChartTitle,
    categories: range(pyramid, 0),
    series: [
      {
        name: t.customersSeries,
        values: range(pyramid, 1),
        pointColors: PYRAMID.map((level) => PYRAMID_COLORS[level]),
        dataLabels: { format: FORMATS.count },
      },
    ],
    anchor: anchor(pyramid),
    axes: { valueTitle: t.customersAxis, valueFormat: FORMATS.count },
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
    title: t.gradesChartTitle,
    categories: range(grades, 0),
    series: [
      {
        name: t.customersSeries,
        values: range(grades, 1),
        pointColors: GRADES.map((g) => GRADE_COLORS[g]),
        dataLabels: { format: FORMATS.count },
      },
    ],
    anchor: anchor(grades),
    axes: { valueTitle: t.customersAxis, valueFormat: FORMATS.count },
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
    title: t.lifecycleChartTitle,
    categories: range(lifecycle, 0),
    series: [
      {
        name: t.customersSeries,
        values: range(lifecycle, 1),
        pointColors: LIFECYCLE.map((status) => LIFECYCLE_COLORS[status]),
        dataLabels: { format: FORMATS.count },
      },
    ],
    anchor: anchor(lifecycle),
    axes: { valueTitle: t.customersAxis, valueFormat: FORMATS.count },
  });

  const regions = s.mix.byDimension.region;
  const regionScale = moneyScale(regions.map((g) => g.value));
  const region = addTable(
    "dashboard_region",
    t.regionTitle,
    t.regionHeader,
    regions.map((g) => [g.key ?? t.unknownRegion, g.count, g.value, g.valueShare]),
    [FORMATS.text, FORMATS.count, FORMATS.wholeMoney, FORMATS.percent]
  );
  charts.push({
    id: "region-mix",
    kind: "bar",
    // It plots value, not the customer mix: the title says so.
    title: t.regionChartTitle,
    categories: range(region, 0),
    series: [
      { name: t.valueSeries, values: range(region, 2), dataLabels: { format: regionScale.format } },
    ],
    anchor: anchor(region),
    axes: {
      valueTitle: t.moneyAxis,
      valueFormat: regionScale.format,
      categoryLabelsLow: true,
    },
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
    // Widths from the tables' own headers and values: a count of 12,345 in the RFM grid never shows ###.
    columnWidths: fitColumnWidths(tables),
    tabColor: "#8064A2",
    print: {
      paper: "A4",
      orientation: "landscape",
      fitToWidth: true,
      // One column past the charts: their right border sits on the boundary of the last one.
      printArea: `A1:${columnLetter(LAST_COLUMN)}${row}`,
      titleRows: "1:1",
      rowBreaks: dashboardPageBreaks(blocks, ROWS_PER_PAGE),
    },
  };
}

/** Customer counts by R (rows 5 down to 1) and FM (columns 1 to 5). */
export function rfmGrid(run: ScoreRun): number[][] {
  const grid = Array.from({ length: 5 }, () => [0, 0, 0, 0, 0]);
  // From the tier columns (r = 0: no RFM), not an object per customer.
  const { r, f, m } = run.customers.tiers;
  for (let k = 0; k < r.length; k++) if (r[k] > 0) grid[5 - r[k]][fmOf(f[k], m[k]) - 1]++;
  return grid;
}
