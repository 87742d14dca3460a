import type { ChartSeriesSpec, ChartSpec } from "./chart-spec";
import {
  categoryAxisXml,
  categoryXml,
  chartSpaceXml,
  legendXml,
  primaryFormat,
  seriesHeadXml,
  valueAxisXml,
  valuesXml,
} from "./chart-xml";

const CATEGORY_AXIS = 50090;
const VALUE_AXIS = 50100;
/** Line colours by series: blue, red, green, then the theme's. */
const COLORS = ["4F81BD", "C0504D", "9BBB59"];

/** One line without markers (CT_LineSer element order: idx, order, tx, spPr, marker, cat, val, smooth). */
function lineSeriesXml(spec: ChartSpec, series: ChartSeriesSpec, index: number): string {
  const color = COLORS[index];
  const look = color
    ? `<c:spPr><a:ln w="28575" cap="rnd"><a:solidFill><a:srgbClr val="${color}"/></a:solidFill><a:round/></a:ln></c:spPr>`
    : "";
  return (
    `<c:ser>${seriesHeadXml(series, index)}${look}<c:marker><c:symbol val="none"/></c:marker>` +
    `${categoryXml(spec)}${valuesXml(series)}<c:smooth val="0"/></c:ser>`
  );
}

/** A line chart: one line per spec series over the categories, with a legend below. */
export function lineChartXml(spec: ChartSpec): string {
  const series = spec.series.map((s, i) => lineSeriesXml(spec, s, i)).join("");
  const plot =
    `<c:lineChart><c:grouping val="standard"/><c:varyColors val="0"/>${series}` +
    `<c:marker val="1"/><c:axId val="${CATEGORY_AXIS}"/><c:axId val="${VALUE_AXIS}"/></c:lineChart>` +
    categoryAxisXml({ id: CATEGORY_AXIS, crossAx: VALUE_AXIS, position: "b" }) +
    valueAxisXml({
      id: VALUE_AXIS,
      crossAx: CATEGORY_AXIS,
      position: "l",
      formatCode: primaryFormat(spec),
    });
  return chartSpaceXml(spec.title, plot, legendXml("b"));
}
