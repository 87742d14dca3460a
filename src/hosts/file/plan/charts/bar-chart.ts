import type { ChartSpec } from "./chart-spec";
import {
  barSeriesXml,
  categoryAxisXml,
  chartSpaceXml,
  legendXml,
  primaryFormat,
  valueAxisXml,
} from "./chart-xml";

const CATEGORY_AXIS = 50030;
const VALUE_AXIS = 50040;

/**
 * A clustered horizontal bar chart. The first category is drawn at the top (a pyramid reads top
 * down), so the category axis runs maxMin and the value axis crosses at its far end to stay below.
 */
export function barChartXml(spec: ChartSpec): string {
  const series = spec.series.map((s, i) => barSeriesXml(spec, s, i)).join("");
  const plot =
    `<c:barChart><c:barDir val="bar"/><c:grouping val="clustered"/><c:varyColors val="0"/>${series}` +
    `<c:gapWidth val="60"/><c:axId val="${CATEGORY_AXIS}"/><c:axId val="${VALUE_AXIS}"/></c:barChart>` +
    categoryAxisXml({
      id: CATEGORY_AXIS,
      crossAx: VALUE_AXIS,
      position: "l",
      reversed: true,
      title: spec.axes?.categoryTitle,
      labelsLow: spec.axes?.categoryLabelsLow,
    }) +
    valueAxisXml({
      id: VALUE_AXIS,
      crossAx: CATEGORY_AXIS,
      position: "b",
      formatCode: primaryFormat(spec),
      title: spec.axes?.valueTitle,
      crosses: "max",
    });
  return chartSpaceXml(spec.title, plot, spec.series.length > 1 ? legendXml("b") : "");
}
