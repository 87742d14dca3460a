import type { PlanChart, PlanRange, PlanSheetKey } from "../../../engine/plan/workbook-plan";
import { parseCellRange, type CellBox } from "./cell-range";
import type { ChartSpec, SheetRange } from "./charts/chart-spec";
import { invalidPlan } from "./plan-apply-error";
import type { PlanCellLookup } from "./plan-cell-lookup";

/** A planned sheet as charts see it: its final name and what it will hold. */
export interface ChartSource {
  name: string;
  lookup: PlanCellLookup;
}

function cellsOf(box: CellBox): [number, number][] {
  const cells: [number, number][] = [];
  for (let r = box.top; r <= box.bottom; r++)
    for (let c = box.left; c <= box.right; c++) cells.push([r, c]);
  return cells;
}

function resolveRange(
  chart: PlanChart,
  range: PlanRange,
  sources: ReadonlyMap<PlanSheetKey, ChartSource>
) {
  const source = sources.get(range.sheet);
  const box = parseCellRange(range.range);
  if (!source || !box) {
    const what = !source
      ? `sheet "${range.sheet}", which the plan does not write`
      : `"${range.range}", which is not a cell range`;
    const whatZh = !source
      ? `未计划写出的工作表“${range.sheet}”`
      : `“${range.range}”，这不是单元格区域`;
    throw invalidPlan({
      "zh-CN": `图表“${chart.id}”引用了${whatZh}。`,
      "en-US": `chart "${chart.id}" refers to ${what}.`,
    });
  }
  if (box.top !== box.bottom && box.left !== box.right) {
    throw invalidPlan({
      "zh-CN": `图表“${chart.id}”的区域“${range.range}”必须是一行或一列。`,
      "en-US": `chart "${chart.id}" range "${range.range}" must be one row or one column.`,
    });
  }
  const sheetRange: SheetRange = { sheet: source.name, range: range.range };
  return { sheetRange, source, cells: cellsOf(box) };
}

/**
 * A planned chart with its ranges on the sheets' final names and caches filled from the plan's
 * own values (what the cells will hold), since the output is never recalculated before it is seen.
 */
export function resolveChart(
  chart: PlanChart,
  sources: ReadonlyMap<PlanSheetKey, ChartSource>
): ChartSpec {
  const categories = resolveRange(chart, chart.categories, sources);
  return {
    title: chart.title,
    axes: chart.axes,
    categories: categories.sheetRange,
    categoryCache: categories.cells.map(([r, c]) => {
      const value = categories.source.lookup.value(r, c);
      return value === null || value === undefined ? "" : String(value);
    }),
    series: chart.series.map((series) => {
      const values = resolveRange(chart, series.values, sources);
      const [first] = values.cells;
      return {
        name: series.name,
        values: values.sheetRange,
        cache: values.cells.map(([r, c]) => {
          const value = values.source.lookup.value(r, c);
          return typeof value === "number" && Number.isFinite(value) ? value : null;
        }),
        formatCode: (first && values.source.lookup.format(first[0], first[1])) ?? undefined,
        as: series.as,
        axis: series.axis,
        axisMax: series.axisMax,
        pointColors: series.pointColors,
        dataLabels: series.dataLabels,
      };
    }),
  };
}
