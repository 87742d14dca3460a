import type {
  XlAutoFilter,
  XlChart,
  XlChartAxes,
  XlChartAxis,
  XlChartCollection,
  XlChartSeries,
  XlChartSeriesCollection,
  XlFreezePanes,
  XlPageLayout,
  XlRange,
  XlRangeAreas,
  XlWorksheet,
} from "../../src/hosts/excel/office-subset";
import { formatArea, parseArea, qualify, splitAreaList, splitSheet, type Rect } from "./address";
import { FakeClientObject, type OpQueue } from "./client-object";
import { invalidArgument, propertyNotLoaded } from "./errors";
import type { FakeChart, FakeChartAxis, FakeChartSeries, FakeSheet } from "./model";
import { FakeRange, FakeRangeAreas } from "./range";

/** Longest address string the fake accepts in getRanges (the host keeps under 8,000). */
export const MAX_ADDRESS_CHARS = 8_192;

function areaOn(sheet: FakeSheet, address: string): Rect {
  const [named] = splitSheet(address);
  if (named !== null && named.toLowerCase() !== sheet.name.toLowerCase())
    throw invalidArgument(`${address} is not on ${sheet.name}`);
  return parseArea(address);
}

export class FakeWorksheet extends FakeClientObject<FakeSheet> implements XlWorksheet {
  constructor(queue: OpQueue, resolver: () => FakeSheet | null, nullable: boolean, eager: boolean) {
    super(
      queue,
      () => {
        const s = resolver();
        return s && !s.deleted ? s : null;
      },
      nullable,
      "worksheet",
      eager
    );
  }

  get id(): string {
    return this.get("id");
  }
  get name(): string {
    return this.get("name");
  }
  set name(name: string) {
    this.change(name, (s) => this.queue.model.rename(s, name));
  }
  get visibility(): string {
    return this.get("visibility");
  }
  get tabColor(): string {
    return this.get("tabColor");
  }
  set tabColor(color: string) {
    this.change(color, (s) => (s.tabColor = color), true);
  }
  get freezePanes(): XlFreezePanes {
    const change = (payload: unknown, fn: (s: FakeSheet) => void): void => this.change(payload, fn);
    return {
      freezeRows: (count = 1) => change(count, (s) => (s.freeze = { rows: count, columns: 0 })),
      freezeColumns: (count = 1) => change(count, (s) => (s.freeze = { rows: 0, columns: count })),
      freezeAt: (range: string) =>
        change(range, (s) => {
          const r = areaOn(s, range);
          if (r.top !== 0 || r.left !== 0) throw invalidArgument("freezeAt needs a range from A1");
          s.freeze = { rows: r.bottom + 1, columns: r.right + 1 };
        }),
    };
  }
  get pageLayout(): XlPageLayout {
    const set = (fn: (page: NonNullable<FakeSheet["page"]>) => void) =>
      this.change(null, (s) => fn((s.page ??= { breaks: [] })));
    return {
      set paperSize(v: string) {
        set((p) => (p.paperSize = v));
      },
      get paperSize(): string {
        throw propertyNotLoaded("pageLayout.paperSize");
      },
      set orientation(v: string) {
        set((p) => (p.orientation = v));
      },
      get orientation(): string {
        throw propertyNotLoaded("pageLayout.orientation");
      },
      set zoom(v: XlPageLayout["zoom"]) {
        set((p) => (p.zoom = v));
      },
      get zoom(): XlPageLayout["zoom"] {
        throw propertyNotLoaded("pageLayout.zoom");
      },
      set printGridlines(v: boolean) {
        set((p) => (p.gridlines = v));
      },
      get printGridlines(): boolean {
        throw propertyNotLoaded("pageLayout.printGridlines");
      },
      setPrintArea: (area: string) => set((p) => (p.printArea = area)),
      setPrintTitleRows: (rows: string) => set((p) => (p.titleRows = rows)),
      setPrintTitleColumns: (columns: string) => set((p) => (p.titleColumns = columns)),
    };
  }
  get horizontalPageBreaks(): { add(pageBreakRange: string): void } {
    return {
      add: (range: string) =>
        this.change(range, (s) => (s.page ??= { breaks: [] }).breaks.push(range)),
    };
  }
  get autoFilter(): XlAutoFilter {
    return {
      apply: (range: string) =>
        this.change(range, (s) => (s.autoFilter = formatArea(areaOn(s, range)))),
    };
  }
  get charts(): XlChartCollection {
    return this.memo("charts", () => new FakeChartCollection(this.queue, () => this.target()));
  }

  getRange(address?: string): XlRange {
    return new FakeRange(this.queue, () => {
      const sheet = this.target();
      return { sheet, rect: address === undefined ? parseArea("A:XFD") : areaOn(sheet, address) };
    });
  }

  getRanges(address?: string): XlRangeAreas {
    return new FakeRangeAreas(
      this.queue,
      () => {
        const sheet = this.target();
        if (address === undefined) return { sheet, rects: [parseArea("A:XFD")] };
        if (address.length > MAX_ADDRESS_CHARS)
          throw invalidArgument(`address of ${address.length} characters`);
        return { sheet, rects: splitAreaList(address).map((a) => areaOn(sheet, a)) };
      },
      false
    );
  }

  getUsedRange(valuesOnly?: boolean): XlRange {
    return new FakeRange(this.queue, () => {
      const sheet = this.target();
      return {
        sheet,
        rect: sheet.usedRect(valuesOnly === true) ?? { top: 0, left: 0, bottom: 0, right: 0 },
      };
    });
  }

  activate(): void {
    this.change(null, (s) => (this.queue.model.activeSheetId = s.id));
  }

  delete(): void {
    this.change(null, (s) => this.queue.model.remove(s));
  }

  protected scalarNames(): readonly string[] {
    return ["id", "name", "visibility", "tabColor", "position"];
  }

  protected readScalar(name: string, s: FakeSheet): unknown {
    switch (name) {
      case "id":
        return s.id;
      case "name":
        return s.name;
      case "visibility":
        return s.visibility;
      case "tabColor":
        return s.tabColor;
      case "position":
        return this.queue.model.sheets.indexOf(s);
      default:
        throw propertyNotLoaded(name);
    }
  }
}

const CHART_TYPES = new Set([
  "ColumnClustered",
  "BarClustered",
  "Doughnut",
  "Line",
  "Pie",
  "Pareto",
]);

function sourceOf(range: XlRange): { sheet: FakeSheet; rect: Rect } {
  if (!(range instanceof FakeRange)) throw invalidArgument("a range from another API");
  return range.target();
}

class FakeChartCollection extends FakeClientObject<FakeSheet> implements XlChartCollection {
  constructor(queue: OpQueue, resolver: () => FakeSheet) {
    super(queue, resolver, false, "charts", false);
  }
  add(
    type: "ColumnClustered" | "BarClustered" | "Doughnut",
    sourceData: XlRange,
    seriesBy: "Auto" | "Columns" | "Rows" = "Auto"
  ): XlChart {
    let made: FakeChart | null = null;
    this.change({ type, seriesBy }, (s) => {
      if (!CHART_TYPES.has(type)) throw invalidArgument(`chart type ${type}`);
      const src = sourceOf(sourceData);
      const byRows = seriesBy === "Rows";
      const count = byRows
        ? src.rect.bottom - src.rect.top + 1
        : src.rect.right - src.rect.left + 1;
      const series: FakeChartSeries[] = [];
      for (let k = 0; k < count; k++) {
        const r: Rect = byRows
          ? {
              top: src.rect.top + k,
              bottom: src.rect.top + k,
              left: src.rect.left,
              right: src.rect.right,
            }
          : {
              top: src.rect.top,
              bottom: src.rect.bottom,
              left: src.rect.left + k,
              right: src.rect.left + k,
            };
        series.push({
          name: `Series${k + 1}`,
          values: qualify(src.sheet.name, formatArea(r)),
          chartType: type,
          axisGroup: "Primary",
        });
      }
      made = {
        name: `Chart ${s.charts.length + 1}`,
        type,
        seriesBy,
        source: qualify(src.sheet.name, formatArea(src.rect)),
        title: "",
        series,
        axes: { Primary: {}, Secondary: {}, Category: {} },
      };
      s.charts.push(made);
    });
    return new FakeChartProxy(this.queue, () => made);
  }
  protected scalarNames(): readonly string[] {
    return ["count"];
  }
  protected readScalar(_name: string, s: FakeSheet): unknown {
    return s.charts.length;
  }
}

class FakeChartProxy extends FakeClientObject<FakeChart> implements XlChart {
  constructor(queue: OpQueue, resolver: () => FakeChart | null) {
    super(queue, resolver, false, "chart", false);
  }
  get name(): string {
    return this.get("name");
  }
  set name(name: string) {
    this.change(name, (c) => (c.name = name));
  }
  get title(): { text: string } {
    const change = (text: string): void => this.change(text, (c) => (c.title = text));
    return {
      get text(): string {
        throw propertyNotLoaded("text");
      },
      set text(t: string) {
        change(t);
      },
    };
  }
  get series(): XlChartSeriesCollection {
    const queue = this.queue;
    const chart = (): FakeChart => this.target();
    const change = (payload: unknown, fn: (c: FakeChart) => void): void => this.change(payload, fn);
    return {
      getItemAt: (index: number) =>
        new FakeSeriesProxy(queue, () => chart().series[index] ?? null, true),
      add: (name?: string) => {
        let made: FakeChartSeries | null = null;
        change(name ?? null, (c) => {
          made = {
            name: name ?? `Series${c.series.length + 1}`,
            chartType: c.type,
            axisGroup: "Primary",
          };
          c.series.push(made);
        });
        return new FakeSeriesProxy(queue, () => made, false);
      },
    };
  }
  get axes(): XlChartAxes {
    return {
      getItem: (type: "Value" | "Category", group: "Primary" | "Secondary" = "Primary") =>
        new FakeAxisProxy(this.queue, () => {
          if (type === "Category" && group === "Primary") return this.target().axes.Category;
          if (type !== "Value") throw invalidArgument(`axis ${String(type)} ${group}`);
          return this.target().axes[group];
        }),
    };
  }
  setPosition(startCell: string, endCell?: string): void {
    this.change({ startCell, endCell }, (c) => {
      parseArea(startCell);
      if (endCell !== undefined) parseArea(endCell);
      c.position = { start: startCell, end: endCell };
    });
  }
  protected scalarNames(): readonly string[] {
    return ["name"];
  }
  protected readScalar(_name: string, c: FakeChart): unknown {
    return c.name;
  }
}

class FakeSeriesProxy extends FakeClientObject<FakeChartSeries> implements XlChartSeries {
  constructor(queue: OpQueue, resolver: () => FakeChartSeries | null, eager: boolean) {
    super(queue, resolver, false, "series", eager);
  }
  get name(): string {
    return this.get("name");
  }
  set name(name: string) {
    this.change(name, (s) => (s.name = name));
  }
  get chartType(): string {
    return this.get("chartType");
  }
  set chartType(type: string) {
    this.change(type, (s) => {
      if (!CHART_TYPES.has(type)) throw invalidArgument(`chart type ${type}`);
      s.chartType = type;
    });
  }
  get axisGroup(): string {
    return this.get("axisGroup");
  }
  set axisGroup(group: string) {
    this.change(group, (s) => {
      if (group !== "Primary" && group !== "Secondary")
        throw invalidArgument(`axis group ${group}`);
      s.axisGroup = group;
    });
  }
  get hasDataLabels(): boolean {
    return this.get("hasDataLabels");
  }
  set hasDataLabels(on: boolean) {
    this.change(on, (s) => (s.hasDataLabels = on));
  }
  get dataLabels(): { showValue: boolean; numberFormat: string } {
    const change = (fn: (labels: NonNullable<FakeChartSeries["dataLabels"]>) => void): void =>
      this.change(null, (s) => fn((s.dataLabels ??= {})));
    return {
      get showValue(): boolean {
        throw propertyNotLoaded("dataLabels.showValue");
      },
      set showValue(on: boolean) {
        change((l) => (l.showValue = on));
      },
      get numberFormat(): string {
        throw propertyNotLoaded("dataLabels.numberFormat");
      },
      set numberFormat(format: string) {
        change((l) => (l.numberFormat = format));
      },
    };
  }
  get points(): {
    getItemAt(index: number): { format: { fill: { setSolidColor(c: string): void } } };
  } {
    const change = (index: number, color: string): void =>
      this.change({ index, color }, (s) => ((s.pointColors ??= [])[index] = color));
    return {
      getItemAt: (index: number) => ({
        format: { fill: { setSolidColor: (color: string) => change(index, color) } },
      }),
    };
  }
  setValues(sourceData: XlRange): void {
    this.change(null, (s) => {
      const src = sourceOf(sourceData);
      s.values = qualify(src.sheet.name, formatArea(src.rect));
    });
  }
  setXAxisValues(sourceData: XlRange): void {
    this.change(null, (s) => {
      const src = sourceOf(sourceData);
      s.categories = qualify(src.sheet.name, formatArea(src.rect));
    });
  }
  protected scalarNames(): readonly string[] {
    return ["name", "chartType", "axisGroup", "hasDataLabels"];
  }
  protected readScalar(name: string, s: FakeChartSeries): unknown {
    return s[name as "name" | "chartType" | "axisGroup" | "hasDataLabels"];
  }
}

class FakeAxisProxy extends FakeClientObject<FakeChartAxis> implements XlChartAxis {
  constructor(queue: OpQueue, resolver: () => FakeChartAxis) {
    super(queue, resolver, false, "axis", false);
  }
  get title(): { text: string } {
    const change = (text: string): void => this.change(text, (a) => (a.title = text));
    return {
      get text(): string {
        throw propertyNotLoaded("title.text");
      },
      set text(t: string) {
        change(t);
      },
    };
  }
  get numberFormat(): string {
    return this.get("numberFormat");
  }
  set numberFormat(format: string) {
    this.change(format, (a) => (a.numberFormat = format));
  }
  get tickLabelPosition(): string {
    return this.get("tickLabelPosition");
  }
  set tickLabelPosition(position: string) {
    this.change(position, (a) => (a.tickLabelPosition = position));
  }
  get minimum(): unknown {
    return this.get("minimum");
  }
  set minimum(v: unknown) {
    this.change(v, (a) => (a.minimum = v));
  }
  get maximum(): unknown {
    return this.get("maximum");
  }
  set maximum(v: unknown) {
    this.change(v, (a) => (a.maximum = v));
  }
  protected scalarNames(): readonly string[] {
    return ["minimum", "maximum", "numberFormat", "tickLabelPosition"];
  }
  protected readScalar(name: string, a: FakeChartAxis): unknown {
    return a[name as keyof FakeChartAxis];
  }
}
