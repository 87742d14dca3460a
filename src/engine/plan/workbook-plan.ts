/**
 * The engine's only output towards a workbook (design.md): which of the add-in's own sheets to write,
 * the values at which addresses, their formats, charts and conditional formats. Hosts compute
 * nothing; they apply a plan whole or not at all.
 */
import type { MadeRows } from "./plan-rows";

/** A value to write. Strings are always written as text, even when they start with = + - @. */
export type PlanValue = string | number | boolean | null;

/** Which output sheet; the host records the sheet's workbook id under this key, never finds it by name. */
export type PlanSheetKey =
  | "validation"
  | "tiers"
  | "credit"
  | "dashboard"
  | "history"
  | "migration"
  | "handout"
  | "scorecard";

/** Every output sheet key, for the registries that record which workbook sheet holds each. */
export const PLAN_SHEET_KEYS: readonly PlanSheetKey[] = [
  "validation",
  "tiers",
  "credit",
  "dashboard",
  "history",
  "migration",
  "handout",
  "scorecard",
];

/** Number formats the plan uses (Excel format codes). */
export const FORMATS = {
  money: "#,##0.00",
  integer: "0",
  count: "#,##0",
  percent: "0.0%",
  date: "yyyy-mm-dd",
  score: "0.0",
  ratio: "0.00",
  /** Money on the Dashboard: whole amounts, or thousands and millions (chartMoneyFormat). */
  wholeMoney: "#,##0",
  thousands: '#,##0,"k"',
  millions: '#,##0.0,,"M"',
  /** IV, WOE and coefficients of the statistical scorecard. */
  fine: "0.0000",
  text: "@",
} as const;

export type PlanFormat = (typeof FORMATS)[keyof typeof FORMATS];

/**
 * A table's rows: held (small tables), or made one at a time when written (plan-rows.ts; the
 * per-customer tables). Read them with rowAt or rowList.
 */
export type PlanRows = readonly (readonly PlanValue[])[] | MadeRows;

/** A rectangle of values with a header row, written at `row`, `column` (1-based). */
export interface PlanTable {
  /** Stable name for tests and for hosts that create Excel tables ("tiers_customers"). */
  name: string;
  row: number;
  column: number;
  header: string[];
  rows: PlanRows;
  /** Number format per column (null = General). Dates are written as Excel serials with FORMATS.date. */
  formats: (PlanFormat | null)[];
  /** Bold, filled, frozen header with an autofilter. */
  styledHeader: boolean;
  autoFilter: boolean;
}

/** A single cell: titles, notes, key figures. */
export interface PlanCell {
  row: number;
  column: number;
  value: PlanValue;
  format?: PlanFormat;
  style?: "title" | "label" | "note";
}

/** A reference to cells of a planned sheet, e.g. { sheet: "dashboard", range: "B5:B9" }. */
export interface PlanRange {
  sheet: PlanSheetKey;
  range: string;
}

/** "line": one line per series over the categories (the Scorecard sheet's KS curve). */
export type PlanChartKind = "column" | "bar" | "doughnut" | "pareto" | "line";

export interface PlanChartSeries {
  name: string;
  values: PlanRange;
  /** Pareto only: the cumulative share is a line on the secondary axis (0-100 %). */
  as?: "column" | "line";
  axis?: "primary" | "secondary";
  /** Pareto line: the top of its axis, 1 (100 %) unless the cumulative share passes it (paretoAxisMax). */
  axisMax?: number;
  /** One colour per category ("#RRGGBB"), e.g. grades green/amber/red; absent = one colour for the series. */
  pointColors?: string[];
  /** Values written on the bars or points, in this number format. */
  dataLabels?: { format: string };
}

/** How a chart's axes read: titles (with the currency where money is plotted) and the value format. */
export interface PlanChartAxes {
  valueTitle?: string;
  categoryTitle?: string;
  /** Number format of the value axis labels (thousands, millions). */
  valueFormat?: string;
  /** Category labels at the low end of the value axis, clear of negative bars and their numbers. */
  categoryLabelsLow?: boolean;
}

export interface PlanChart {
  /** Stable id ("pareto", "tier-share", ...). */
  id: string;
  kind: PlanChartKind;
  title: string;
  categories: PlanRange;
  series: PlanChartSeries[];
  /** Where it sits: top-left cell and size in columns x rows. */
  anchor: { row: number; column: number; width: number; height: number };
  axes?: PlanChartAxes;
}

export type PlanConditionalFormat =
  | { kind: "color-scale"; range: string; colors: [string, string, string] }
  | { kind: "text-fill"; range: string; text: string; fill: string; font: string };

export interface PlanSheet {
  key: PlanSheetKey;
  /** The sheet's name in the workbook (localized when planned). */
  name: string;
  tables: PlanTable[];
  cells: PlanCell[];
  charts: PlanChart[];
  conditionalFormats: PlanConditionalFormat[];
  /** Column widths in characters, from column A. */
  columnWidths: number[];
  /** Rows and columns to freeze. */
  freeze?: { rows: number; columns: number };
  tabColor?: string;
  /** Page setup for sheets meant to be printed (the handout); absent = the host's defaults. */
  print?: PlanPrint;
}

/** How a planned sheet prints: paper, orientation, one page wide, the area and manual row breaks. */
export interface PlanPrint {
  paper: "A4";
  orientation: "portrait" | "landscape";
  /** One page wide (as many tall as needed); false = actual size, columns over several pages. */
  fitToWidth: boolean;
  /** A1 range, e.g. "A1:F120"; absent = what the sheet holds. */
  printArea?: string;
  /** 1-based rows after which a new page starts. */
  rowBreaks?: number[];
  /** Rows repeated at the top of every page ("1:4"), and columns at the left ("A:B"). */
  titleRows?: string;
  titleColumns?: string;
  /** Print the grid, so that a number and the text beside it read as two cells on paper. */
  gridLines?: boolean;
}

/** Cell highlights on a user's sheet: only when asked, and one click removes them. */
export interface PlanHighlight {
  sheet: string;
  /** A1 addresses. */
  cells: string[];
  severity: "error" | "warning" | "info";
}

export interface WorkbookPlan {
  sheets: PlanSheet[];
  highlights: PlanHighlight[];
}
