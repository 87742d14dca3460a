import type { PlanChart } from "../../engine/plan/workbook-plan";
import type { XlChart, XlChartSeries } from "./office-subset";

/**
 * What the plan says about how a chart reads, applied through Office.js: axis titles, the value
 * axis's number format, category labels at the low end, data labels and a colour per point. A
 * doughnut has no axes; only its points are coloured.
 */
export function applyChartLooks(
  added: XlChart,
  chart: PlanChart,
  series: readonly XlChartSeries[]
): void {
  chart.series.forEach((planned, i) => {
    const target = series[i];
    if (!target) return;
    planned.pointColors?.forEach((color, point) =>
      target.points.getItemAt(point).format.fill.setSolidColor(color)
    );
    if (planned.dataLabels) {
      target.hasDataLabels = true;
      target.dataLabels.showValue = true;
      target.dataLabels.numberFormat = planned.dataLabels.format;
    }
  });
  const axes = chart.axes;
  if (!axes || chart.kind === "doughnut") return;
  const value = added.axes.getItem("Value", "Primary");
  if (axes.valueTitle) value.title.text = axes.valueTitle;
  if (axes.valueFormat) value.numberFormat = axes.valueFormat;
  if (axes.categoryTitle || axes.categoryLabelsLow) {
    const category = added.axes.getItem("Category", "Primary");
    if (axes.categoryTitle) category.title.text = axes.categoryTitle;
    if (axes.categoryLabelsLow) category.tickLabelPosition = "Low";
  }
}
