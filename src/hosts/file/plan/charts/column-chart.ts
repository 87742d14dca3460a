import type { ChartSpec } from "./chart-spec";
import { barSeriesXml, chartSpaceXml, columnAxesXml, legendXml } from "./chart-xml";

const CATEGORY_AXIS = 50010;
const VALUE_AXIS = 50020;

/** A clustered column chart: one column series per spec series, categories along the bottom. */
export function columnChartXml(spec: ChartSpec): string {
  const series = spec.series.map((s, i) => barSeriesXml(spec, s, i)).join("");
  const plot =
    `<c:barChart><c:barDir val="col"/><c:grouping val="clustered"/><c:varyColors val="0"/>${series}` +
    `<c:gapWidth val="80"/><c:axId val="${CATEGORY_AXIS}"/><c:axId val="${VALUE_AXIS}"/></c:barChart>` +
    columnAxesXml(spec, CATEGORY_AXIS, VALUE_AXIS);
  return chartSpaceXml(spec.title, plot, spec.series.length > 1 ? legendXml("b") : "");
}
