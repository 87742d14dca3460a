import { columnIndex, columnLetter } from "../../../../engine/table/column-letter";
import type { ChartSeriesSpec, ChartSpec, SheetRange } from "./chart-spec";

export const CHART_NS = "http://schemas.openxmlformats.org/drawingml/2006/chart";
export const DRAWING_NS = "http://schemas.openxmlformats.org/drawingml/2006/main";
export const REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

/** Escapes text for XML content and attribute values; drops characters XML 1.0 cannot hold. */
export function escapeXml(text: string): string {
  return (
    text
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, "")
      .replace(/&/g, "&amp;")
      .replace(/</g, "&lt;")
      .replace(/>/g, "&gt;")
      .replace(/"/g, "&quot;")
      .replace(/'/g, "&apos;")
  );
}

/** "B2:B10" on sheet "客户 分级" -> '客户 分级'!$B$2:$B$10 (always quoted: any name is then safe). */
export function absoluteRef(range: SheetRange): string {
  const absolute = range.range
    .split(":")
    .map((corner) => {
      const match = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(corner.trim());
      if (!match) throw new Error(`Not a cell address: ${corner}`);
      const column = columnIndex(match[1]);
      if (column === null) throw new Error(`Not a cell address: ${corner}`);
      return `$${columnLetter(column)}$${match[2]}`;
    })
    .join(":");
  return `'${range.sheet.replace(/'/g, "''")}'!${absolute}`;
}

/** A number the way a chart cache stores it: shortest round-trip text. */
function numberText(value: number): string {
  return String(value);
}

/** The categories: a string reference with its cached labels. */
export function categoryXml(spec: ChartSpec): string {
  const points = spec.categoryCache
    .map((label, i) => `<c:pt idx="${i}"><c:v>${escapeXml(label)}</c:v></c:pt>`)
    .join("");
  return (
    `<c:cat><c:strRef><c:f>${escapeXml(absoluteRef(spec.categories))}</c:f>` +
    `<c:strCache><c:ptCount val="${spec.categoryCache.length}"/>${points}</c:strCache></c:strRef></c:cat>`
  );
}

/** A series' values: a numeric reference with its cache; empty and non-numeric cells are left out (gaps). */
export function valuesXml(series: ChartSeriesSpec): string {
  const points = series.cache
    .map((value, i) =>
      value === null || !Number.isFinite(value)
        ? ""
        : `<c:pt idx="${i}"><c:v>${numberText(value)}</c:v></c:pt>`
    )
    .join("");
  return (
    `<c:val><c:numRef><c:f>${escapeXml(absoluteRef(series.values))}</c:f>` +
    `<c:numCache><c:formatCode>${escapeXml(series.formatCode ?? "General")}</c:formatCode>` +
    `<c:ptCount val="${series.cache.length}"/>${points}</c:numCache></c:numRef></c:val>`
  );
}

/** The series' literal name. */
export function seriesNameXml(series: ChartSeriesSpec): string {
  return `<c:tx><c:v>${escapeXml(series.name)}</c:v></c:tx>`;
}

/** The start of a series: index, order and name (shared by every series kind). */
export function seriesHeadXml(series: ChartSeriesSpec, index: number): string {
  return `<c:idx val="${index}"/><c:order val="${index}"/>${seriesNameXml(series)}`;
}

/**
 * Office's default accent colours, written into every series and slice: a workbook last saved by
 * LibreOffice has no theme part, and a colour taken from the theme then draws nothing.
 */
export const SERIES_COLORS = [
  "4472C4",
  "ED7D31",
  "A5A5A5",
  "FFC000",
  "5B9BD5",
  "70AD47",
  "264478",
  "9E480E",
  "636363",
  "997300",
] as const;

/** A solid fill of the index-th series colour, as shape properties. */
export function solidFillXml(index: number): string {
  const color = SERIES_COLORS[index % SERIES_COLORS.length];
  return `<c:spPr><a:solidFill><a:srgbClr val="${color}"/></a:solidFill></c:spPr>`;
}

/** A solid fill of a planned "#RRGGBB" colour (the series colour when it is not one). */
function colorFillXml(color: string, fallback: number): string {
  const hex = /^#?([0-9A-Fa-f]{6})$/.exec(color)?.[1];
  return hex
    ? `<c:spPr><a:solidFill><a:srgbClr val="${hex.toUpperCase()}"/></a:solidFill></c:spPr>`
    : solidFillXml(fallback);
}

/** One colour per category (CT_DPt element order: idx, invertIfNegative, marker, bubble3D, explosion, spPr). */
export function pointColorsXml(series: ChartSeriesSpec, index: number): string {
  return (series.pointColors ?? [])
    .map(
      (color, i) =>
        `<c:dPt><c:idx val="${i}"/><c:invertIfNegative val="0"/><c:bubble3D val="0"/>${colorFillXml(color, index)}</c:dPt>`
    )
    .join("");
}

/** The values written on the bars (CT_DLbls element order), in the planned number format. */
export function dataLabelsXml(series: ChartSeriesSpec): string {
  if (!series.dataLabels) return "";
  return (
    `<c:dLbls><c:numFmt formatCode="${escapeXml(series.dataLabels.format)}" sourceLinked="0"/>` +
    `<c:spPr><a:noFill/><a:ln><a:noFill/></a:ln></c:spPr>` +
    `<c:txPr><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="800"/></a:pPr><a:endParaRPr lang="en-US"/></a:p></c:txPr>` +
    `<c:showLegendKey val="0"/><c:showVal val="1"/><c:showCatName val="0"/><c:showSerName val="0"/>` +
    `<c:showPercent val="0"/><c:showBubbleSize val="0"/></c:dLbls>`
  );
}

/**
 * A bar or column series (CT_BarSer element order: idx, order, tx, spPr, invertIfNegative, dPt,
 * dLbls, cat, val): a colour per category and data labels where planned.
 */
export function barSeriesXml(spec: ChartSpec, series: ChartSeriesSpec, index: number): string {
  return (
    `<c:ser>${seriesHeadXml(series, index)}${solidFillXml(index)}<c:invertIfNegative val="0"/>` +
    `${pointColorsXml(series, index)}${dataLabelsXml(series)}${categoryXml(spec)}${valuesXml(series)}</c:ser>`
  );
}

/** An axis title in rich text (CT_Title), smaller than the chart's. */
export function axisTitleXml(text: string | undefined): string {
  if (!text) return "";
  return (
    `<c:title><c:tx><c:rich><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="900" b="0"/></a:pPr>` +
    `<a:r><a:rPr lang="zh-CN" sz="900" b="0"/><a:t>${escapeXml(text)}</a:t></a:r></a:p></c:rich></c:tx>` +
    `<c:overlay val="0"/></c:title>`
  );
}

/** The chart title in rich text. */
export function titleXml(title: string): string {
  return (
    `<c:title><c:tx><c:rich><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="1400" b="1"/></a:pPr>` +
    `<a:r><a:rPr lang="zh-CN" sz="1400" b="1"/><a:t>${escapeXml(title)}</a:t></a:r></a:p></c:rich></c:tx>` +
    `<c:overlay val="0"/></c:title><c:autoTitleDeleted val="0"/>`
  );
}

export interface CategoryAxisOptions {
  id: number;
  crossAx: number;
  position: "b" | "l";
  /** Hidden axes still exist for the secondary value axis to cross. */
  deleted?: boolean;
  /** maxMin puts the first category at the top of a bar chart. */
  reversed?: boolean;
  title?: string;
  /** Labels at the low end of the value axis, clear of negative bars (tickLblPos "low"). */
  labelsLow?: boolean;
}

/** A category axis (CT_CatAx element order). */
export function categoryAxisXml(o: CategoryAxisOptions): string {
  return (
    `<c:catAx><c:axId val="${o.id}"/><c:scaling><c:orientation val="${o.reversed ? "maxMin" : "minMax"}"/></c:scaling>` +
    `<c:delete val="${o.deleted ? 1 : 0}"/><c:axPos val="${o.position}"/>${axisTitleXml(o.title)}` +
    `<c:numFmt formatCode="General" sourceLinked="1"/><c:majorTickMark val="out"/><c:minorTickMark val="none"/>` +
    `<c:tickLblPos val="${o.labelsLow ? "low" : "nextTo"}"/><c:crossAx val="${o.crossAx}"/><c:crosses val="autoZero"/>` +
    `<c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/><c:noMultiLvlLbl val="0"/></c:catAx>`
  );
}

export interface ValueAxisOptions {
  id: number;
  crossAx: number;
  position: "l" | "b" | "r";
  formatCode?: string;
  min?: number;
  max?: number;
  gridlines?: boolean;
  /** Where this axis crosses its category axis: "max" puts a secondary axis on the right. */
  crosses?: "autoZero" | "max";
  title?: string;
}

/** A value axis (CT_ValAx element order; scaling is orientation, max, min). */
export function valueAxisXml(o: ValueAxisOptions): string {
  const scaling =
    `<c:orientation val="minMax"/>` +
    (o.max !== undefined ? `<c:max val="${o.max}"/>` : "") +
    (o.min !== undefined ? `<c:min val="${o.min}"/>` : "");
  const format = o.formatCode
    ? `<c:numFmt formatCode="${escapeXml(o.formatCode)}" sourceLinked="0"/>`
    : `<c:numFmt formatCode="General" sourceLinked="1"/>`;
  return (
    `<c:valAx><c:axId val="${o.id}"/><c:scaling>${scaling}</c:scaling><c:delete val="0"/>` +
    `<c:axPos val="${o.position}"/>${o.gridlines === false ? "" : "<c:majorGridlines/>"}${axisTitleXml(o.title)}${format}` +
    `<c:majorTickMark val="out"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/>` +
    `<c:crossAx val="${o.crossAx}"/><c:crosses val="${o.crosses ?? "autoZero"}"/>` +
    `<c:crossBetween val="between"/></c:valAx>`
  );
}

/** The legend, at the bottom unless told otherwise. */
export function legendXml(position: "b" | "r" = "b"): string {
  return `<c:legend><c:legendPos val="${position}"/><c:overlay val="0"/></c:legend>`;
}

/** The whole chart part around a plot area's contents (CT_ChartSpace and CT_Chart element order). */
export function chartSpaceXml(title: string, plotArea: string, legend: string): string {
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<c:chartSpace xmlns:c="${CHART_NS}" xmlns:a="${DRAWING_NS}" xmlns:r="${REL_NS}">` +
    `<c:date1904 val="0"/><c:roundedCorners val="0"/>` +
    `<c:chart>${titleXml(title)}<c:plotArea><c:layout/>${plotArea}</c:plotArea>${legend}` +
    `<c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/></c:chart>` +
    `</c:chartSpace>`
  );
}

/** The first series' value format, for the value axis labels. */
export function primaryFormat(spec: ChartSpec): string | undefined {
  if (spec.axes?.valueFormat) return spec.axes.valueFormat;
  const format = spec.series.find((s) => s.axis !== "secondary")?.formatCode;
  return format && format !== "General" ? format : undefined;
}

/**
 * The category axis along the bottom and the value axis on the left of a column chart, with the
 * spec's axis titles, its low category labels and its value format.
 */
export function columnAxesXml(spec: ChartSpec, categoryAxis: number, valueAxis: number): string {
  return (
    categoryAxisXml({
      id: categoryAxis,
      crossAx: valueAxis,
      position: "b",
      title: spec.axes?.categoryTitle,
      labelsLow: spec.axes?.categoryLabelsLow,
    }) +
    valueAxisXml({
      id: valueAxis,
      crossAx: categoryAxis,
      position: "l",
      formatCode: primaryFormat(spec),
      title: spec.axes?.valueTitle,
    })
  );
}
