import type { ChartSpec } from "./chart-spec";
import {
  solidFillXml,
  categoryXml,
  chartSpaceXml,
  legendXml,
  seriesHeadXml,
  valuesXml,
} from "./chart-xml";

/** Percent labels on the slices (CT_DLbls element order). */
const PERCENT_LABELS =
  `<c:dLbls><c:numFmt formatCode="0%" sourceLinked="0"/><c:showLegendKey val="0"/><c:showVal val="0"/>` +
  `<c:showCatName val="0"/><c:showSerName val="0"/><c:showPercent val="1"/><c:showBubbleSize val="0"/>` +
  `<c:showLeaderLines val="1"/></c:dLbls>`;

/**
 * A doughnut chart of the first series (a share of a whole has one series), one colour per slice,
 * percentages on the slices and the categories in the legend on the right.
 */
export function doughnutChartXml(spec: ChartSpec): string {
  const first = spec.series[0];
  if (!first) throw new Error(`The doughnut chart "${spec.title}" has no series.`);
  // CT_PieSer order: idx, order, tx, spPr, explosion, dPt*, dLbls, cat, val.
  // The planned colour of each slice (A green, B amber, C red), else the series colours in turn.
  const points = spec.categoryCache
    .map((_, i) => {
      const planned = /^#?([0-9A-Fa-f]{6})$/.exec(first.pointColors?.[i] ?? "")?.[1];
      const fill = planned
        ? `<c:spPr><a:solidFill><a:srgbClr val="${planned.toUpperCase()}"/></a:solidFill></c:spPr>`
        : solidFillXml(i);
      return `<c:dPt><c:idx val="${i}"/><c:bubble3D val="0"/>${fill}</c:dPt>`;
    })
    .join("");
  const series = `<c:ser>${seriesHeadXml(first, 0)}${points}${PERCENT_LABELS}${categoryXml(spec)}${valuesXml(first)}</c:ser>`;
  const plot = `<c:doughnutChart><c:varyColors val="1"/>${series}<c:firstSliceAng val="0"/><c:holeSize val="55"/></c:doughnutChart>`;
  return chartSpaceXml(spec.title, plot, legendXml("r"));
}
