import type { ChartSeriesSpec, ChartSpec } from "./chart-spec";
import {
  barSeriesXml,
  categoryAxisXml,
  categoryXml,
  chartSpaceXml,
  columnAxesXml,
  legendXml,
  seriesHeadXml,
  valueAxisXml,
  valuesXml,
} from "./chart-xml";

const CATEGORY_AXIS = 50050;
const VALUE_AXIS = 50060;
const SECONDARY_CATEGORY_AXIS = 50070;
const SECONDARY_VALUE_AXIS = 50080;

/** The cumulative share: a line with small markers (CT_LineSer element order). */
function lineSeriesXml(spec: ChartSpec, series: ChartSeriesSpec, index: number): string {
  return (
    `<c:ser>${seriesHeadXml(series, index)}` +
    `<c:spPr><a:ln w="28575" cap="rnd"><a:solidFill><a:srgbClr val="C0504D"/></a:solidFill><a:round/></a:ln></c:spPr>` +
    `<c:marker><c:symbol val="circle"/><c:size val="4"/></c:marker>` +
    `${categoryXml(spec)}${valuesXml(series)}<c:smooth val="0"/></c:ser>`
  );
}

/** Series drawn as a line: those marked so, or when none is, every one after the first. */
function isLine(series: ChartSeriesSpec, index: number, anyMarked: boolean): boolean {
  return anyMarked ? series.as === "line" || series.axis === "secondary" : index > 0;
}

/**
 * A Pareto chart built the portable way (not Excel 2016's pareto type): value columns on the primary
 * axis, and the cumulative share as a line on a secondary axis on the right, from 0 to 100 % (or to the
 * line's axisMax, when money-losing customers take the share of the net total past 100 %).
 */
export function paretoChartXml(spec: ChartSpec): string {
  const anyMarked = spec.series.some((s) => s.as === "line" || s.axis === "secondary");
  const indexed = spec.series.map((s, i) => ({ s, i }));
  const columns = indexed.filter(({ s, i }) => !isLine(s, i, anyMarked));
  const lines = indexed.filter(({ s, i }) => isLine(s, i, anyMarked));
  if (columns.length === 0 || lines.length === 0) {
    throw new Error(
      `The Pareto chart "${spec.title}" needs a column series and a cumulative line series.`
    );
  }
  const plot =
    `<c:barChart><c:barDir val="col"/><c:grouping val="clustered"/><c:varyColors val="0"/>` +
    columns.map(({ s, i }) => barSeriesXml(spec, s, i)).join("") +
    `<c:gapWidth val="40"/><c:axId val="${CATEGORY_AXIS}"/><c:axId val="${VALUE_AXIS}"/></c:barChart>` +
    `<c:lineChart><c:grouping val="standard"/><c:varyColors val="0"/>` +
    lines.map(({ s, i }) => lineSeriesXml(spec, s, i)).join("") +
    `<c:marker val="1"/><c:axId val="${SECONDARY_CATEGORY_AXIS}"/><c:axId val="${SECONDARY_VALUE_AXIS}"/></c:lineChart>` +
    columnAxesXml(spec, CATEGORY_AXIS, VALUE_AXIS) +
    categoryAxisXml({
      id: SECONDARY_CATEGORY_AXIS,
      crossAx: SECONDARY_VALUE_AXIS,
      position: "b",
      deleted: true,
    }) +
    valueAxisXml({
      id: SECONDARY_VALUE_AXIS,
      crossAx: SECONDARY_CATEGORY_AXIS,
      position: "r",
      formatCode: "0%",
      min: 0,
      max: lines[0].s.axisMax ?? 1,
      gridlines: false,
      crosses: "max",
    });
  return chartSpaceXml(spec.title, plot, legendXml("b"));
}
