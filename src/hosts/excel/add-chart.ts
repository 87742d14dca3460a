import type { PlanChart, PlanRange, PlanSheetKey } from "../../engine/plan/workbook-plan";
import { cellAddress } from "./a1";
import { applyChartLooks } from "./chart-looks";
import type { XlRange, XlWorksheet } from "./office-subset";

const CHART_TYPES = {
  column: "ColumnClustered",
  pareto: "ColumnClustered",
  bar: "BarClustered",
  doughnut: "Doughnut",
  line: "Line",
} as const;

/**
 * Adds a native chart through charts.add. A Pareto is a column chart whose cumulative series is a
 * line on the secondary axis, from 0 to 1 (100 %); the native "Pareto" type is avoided on purpose
 * (design.md). The cumulative series is the one planned `as: "line"`, else the last one.
 */
export function addChart(
  sheet: XlWorksheet,
  chart: PlanChart,
  sheets: ReadonlyMap<PlanSheetKey, XlWorksheet>
): void {
  const [first, ...rest] = chart.series;
  if (!first) return;
  const rangeOf = (r: PlanRange): XlRange => {
    const target = sheets.get(r.sheet);
    if (!target)
      throw new Error(`chart ${chart.id} uses sheet "${r.sheet}", which the plan does not write`);
    return target.getRange(r.range);
  };
  const added = sheet.charts.add(CHART_TYPES[chart.kind], rangeOf(first.values), "Columns");
  added.name = chart.id;
  added.title.text = chart.title;
  const series = [added.series.getItemAt(0)];
  series[0].name = first.name;
  series[0].setXAxisValues(rangeOf(chart.categories));
  for (const s of rest) {
    const more = added.series.add(s.name);
    more.setValues(rangeOf(s.values));
    more.setXAxisValues(rangeOf(chart.categories));
    series.push(more);
  }
  if (chart.kind === "pareto" && series.length > 1) {
    const planned = chart.series.findIndex((s) => s.as === "line");
    const line = series[planned >= 0 ? planned : series.length - 1];
    line.chartType = "Line";
    line.axisGroup = "Secondary";
    const axis = added.axes.getItem("Value", "Secondary");
    axis.minimum = 0;
    axis.maximum = chart.series[planned >= 0 ? planned : series.length - 1].axisMax ?? 1;
  }
  applyChartLooks(added, chart, series);
  const { row, column, width, height } = chart.anchor;
  added.setPosition(
    cellAddress(row - 1, column - 1),
    cellAddress(row - 1 + height - 1, column - 1 + width - 1)
  );
}
