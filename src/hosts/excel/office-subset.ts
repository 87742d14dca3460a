/**
 * The part of Office.js that ExcelHost uses, as structural interfaces. Excel's own types satisfy
 * them (office-subset.test.ts checks that at compile time), so the task pane passes the real
 * `Excel.run` and tests pass the fake in test/excel-fake without any global `Excel`.
 * Methods are declared as methods (not function-typed properties) on purpose: TypeScript then
 * compares their parameters bivariantly, which lets Excel's wider overloads fit these narrow ones.
 */

export interface XlRun {
  <T>(batch: (context: XlContext) => Promise<T>): Promise<T>;
}

export interface XlContext {
  readonly workbook: XlWorkbook;
  readonly application: XlApplication;
  sync(): Promise<void>;
}

export interface XlApplication {
  suspendApiCalculationUntilNextSync(): void;
}

export interface XlWorkbook {
  readonly worksheets: XlWorksheetCollection;
  readonly settings: XlSettingCollection;
  getActiveCell(): XlRange;
}

export interface XlWorksheetCollection {
  readonly items: XlWorksheet[];
  load(propertyNames?: string | string[]): XlWorksheetCollection;
  getItem(key: string): XlWorksheet;
  getItemOrNullObject(key: string): XlWorksheet;
  add(name?: string): XlWorksheet;
}

export interface XlWorksheet {
  readonly id: string;
  name: string;
  readonly visibility: string;
  readonly isNullObject: boolean;
  tabColor: string;
  readonly freezePanes: XlFreezePanes;
  readonly autoFilter: XlAutoFilter;
  readonly charts: XlChartCollection;
  /** Page setup for printing (ExcelApi 1.9). */
  readonly pageLayout: XlPageLayout;
  readonly horizontalPageBreaks: { add(pageBreakRange: string): void };
  load(propertyNames?: string | string[]): XlWorksheet;
  getRange(address?: string): XlRange;
  getRanges(address?: string): XlRangeAreas;
  getUsedRange(valuesOnly?: boolean): XlRange;
  activate(): void;
  delete(): void;
}

export interface XlFreezePanes {
  freezeRows(count?: number): void;
  freezeColumns(count?: number): void;
  freezeAt(frozenRange: string): void;
}

export interface XlAutoFilter {
  apply(range: string): void;
}

export interface XlRange {
  readonly address: string;
  readonly rowIndex: number;
  readonly columnIndex: number;
  readonly rowCount: number;
  readonly columnCount: number;
  readonly isNullObject: boolean;
  values: unknown[][];
  numberFormat: unknown[][];
  readonly format: XlRangeFormat;
  readonly conditionalFormats: XlConditionalFormatCollection;
  load(propertyNames?: string | string[]): XlRange;
  getMergedAreasOrNullObject(): XlRangeAreas;
  getSpecialCellsOrNullObject(
    cellType: "Constants" | "Formulas",
    cellValueType?: "Errors"
  ): XlRangeAreas;
  select(): void;
}

export interface XlRangeFormat {
  readonly fill: XlRangeFill;
  readonly font: XlRangeFont;
  columnWidth: number;
}

export interface XlRangeFill {
  color: string;
  pattern: string;
  load(propertyNames?: string | string[]): XlRangeFill;
  clear(): void;
}

export interface XlRangeFont {
  bold: boolean;
  italic: boolean;
  color: string;
  size: number;
}

export interface XlRangeAreas {
  readonly address: string;
  readonly isNullObject: boolean;
  readonly areas: XlRangeCollection;
  readonly format: { readonly fill: XlRangeFill };
  load(propertyNames?: string | string[]): XlRangeAreas;
}

export interface XlRangeCollection {
  readonly items: XlRange[];
  load(propertyNames?: string | string[]): XlRangeCollection;
}

export interface XlSettingCollection {
  add(key: string, value: string): XlSetting;
  getItemOrNullObject(key: string): XlSetting;
}

export interface XlSetting {
  readonly value: unknown;
  readonly isNullObject: boolean;
  load(propertyNames?: string | string[]): XlSetting;
  delete(): void;
}

export interface XlChartCollection {
  add(
    type: "ColumnClustered" | "BarClustered" | "Doughnut" | "Line",
    sourceData: XlRange,
    seriesBy?: "Auto" | "Columns" | "Rows"
  ): XlChart;
}

export interface XlChart {
  name: string;
  readonly title: { text: string };
  readonly series: XlChartSeriesCollection;
  readonly axes: XlChartAxes;
  setPosition(startCell: string, endCell?: string): void;
}

export interface XlChartSeriesCollection {
  getItemAt(index: number): XlChartSeries;
  add(name?: string): XlChartSeries;
}

export interface XlChartSeries {
  name: string;
  chartType: string;
  axisGroup: string;
  /** Data labels (ExcelApi 1.7/1.8). */
  hasDataLabels: boolean;
  readonly dataLabels: { showValue: boolean; numberFormat: string };
  /** One point per category, for a colour each (ExcelApi 1.1). */
  readonly points: { getItemAt(index: number): XlChartPoint };
  setValues(sourceData: XlRange): void;
  setXAxisValues(sourceData: XlRange): void;
}

export interface XlChartPoint {
  readonly format: { readonly fill: { setSolidColor(color: string): void } };
}

export interface XlChartAxes {
  getItem(type: "Value" | "Category", group?: "Primary" | "Secondary"): XlChartAxis;
}

export interface XlChartAxis {
  minimum: unknown;
  maximum: unknown;
  /** Title, number format and label position (ExcelApi 1.7/1.8). */
  readonly title: { text: string };
  numberFormat: string;
  tickLabelPosition: string;
}

export interface XlConditionalFormatCollection {
  add(type: "ColorScale" | "ContainsText"): XlConditionalFormat;
}

export interface XlConditionalFormat {
  readonly colorScale: { criteria: XlColorScaleCriteria };
  readonly textComparison: {
    readonly format: { readonly fill: { color: string }; readonly font: { color: string } };
    rule: { operator: string; text: string };
  };
}

export interface XlColorScaleCriterion {
  type: string;
  formula?: string;
  color?: string;
}

export interface XlColorScaleCriteria {
  minimum: XlColorScaleCriterion;
  midpoint?: XlColorScaleCriterion;
  maximum: XlColorScaleCriterion;
}

export interface XlPageLayout {
  paperSize: string;
  orientation: string;
  zoom: { horizontalFitToPages?: number; verticalFitToPages?: number; scale?: number };
  printGridlines: boolean;
  setPrintArea(printArea: string): void;
  setPrintTitleRows(printTitleRows: string): void;
  setPrintTitleColumns(printTitleColumns: string): void;
}
