import type { PlanChartAxes } from "../../../../engine/plan/workbook-plan";

/** A range of a sheet, by the sheet's final name in the workbook: { sheet: "Tiers", range: "B2:B10" }. */
export interface SheetRange {
  sheet: string;
  range: string;
}

/** One series of a chart, with the values its range holds now (cached for viewers that do not recalculate). */
export interface ChartSeriesSpec {
  name: string;
  values: SheetRange;
  cache: (number | null)[];
  /** Excel number format of the values, for the cache and the axis ("General" when unset). */
  formatCode?: string;
  /** Pareto only: the cumulative share is drawn as a line on the secondary axis. */
  as?: "column" | "line";
  axis?: "primary" | "secondary";
  /** Pareto line: the top of the secondary axis (1 = 100 % when unset). */
  axisMax?: number;
  /** A colour per category ("#RRGGBB"): grades green, amber, red. */
  pointColors?: string[];
  /** Values written on the bars, in this number format. */
  dataLabels?: { format: string };
}

/** A chart whose ranges point at real sheet names and whose caches hold the planned values. */
export interface ChartSpec {
  title: string;
  categories: SheetRange;
  categoryCache: string[];
  series: ChartSeriesSpec[];
  /** Axis titles, the value axis format, category labels kept low. */
  axes?: PlanChartAxes;
}
