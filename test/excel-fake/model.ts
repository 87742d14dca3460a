import { columnIndex, formatArea, MAX_COLUMNS, parseArea, qualify, type Rect } from "./address";
import { invalidArgument, invalidOperation, itemNotFound } from "./errors";

/** One cell of the fake workbook. No `value` means empty. */
export interface FakeCell {
  value?: string | number | boolean;
  formula?: string;
  /** The value is an Excel error text ("#N/A"); valueTypes says "Error". */
  error?: boolean;
  numberFormat?: string;
  /** Absent means no fill (Excel reports color "#FFFFFF", pattern "None"). */
  fill?: { color: string; pattern: string };
  font?: { bold?: boolean; italic?: boolean; color?: string; size?: number };
}

/** Cells computed on demand, so a 1,000,000-row sheet costs no memory until written. */
export interface CellSource {
  rows: number;
  columns: number;
  cell(row: number, column: number): FakeCell | undefined;
}

export interface FakeChartSeries {
  name: string;
  values?: string;
  categories?: string;
  chartType: string;
  axisGroup: string;
  hasDataLabels?: boolean;
  dataLabels?: { showValue?: boolean; numberFormat?: string };
  /** Fill colours set point by point, by index. */
  pointColors?: string[];
}

export interface FakeChartAxis {
  minimum?: unknown;
  maximum?: unknown;
  title?: string;
  numberFormat?: string;
  tickLabelPosition?: string;
}

export interface FakeChart {
  name: string;
  type: string;
  source: string;
  seriesBy: string;
  title: string;
  position?: { start: string; end?: string };
  series: FakeChartSeries[];
  axes: Record<"Primary" | "Secondary" | "Category", FakeChartAxis>;
}

export interface FakeConditionalFormat {
  range: string;
  type: string;
  criteria?: unknown;
  rule?: { operator: string; text: string };
  fill?: string;
  font?: string;
}

const ERROR_TEXT = /^#(N\/A|DIV\/0!|VALUE!|REF!|NAME\?|NUM!|NULL!|SPILL!|CALC!)$/;
const NUMBER_TEXT = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?%?$/i;

function isoSerial(text: string): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) return null;
  const ms = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  return Math.round(ms / 86_400_000) + 25_569;
}

/**
 * What Excel makes of a string typed into a cell that is not formatted as text: formulas for
 * = + - @, numbers (leading zeros lost), booleans, ISO dates, error literals, "(2)" as -2.
 */
export function coerceTyped(text: string, cell: FakeCell): void {
  delete cell.formula;
  delete cell.error;
  const numeric = text.replace(/,/g, "");
  if (text.startsWith("=") || (/^[+\-@]/.test(text) && !NUMBER_TEXT.test(numeric))) {
    cell.formula = text.startsWith("=") ? text : `=${text.startsWith("@") ? text.slice(1) : text}`;
    cell.value = 0;
  } else if (NUMBER_TEXT.test(numeric) && /\d/.test(numeric)) {
    const pct = numeric.endsWith("%");
    const n = Number(pct ? numeric.slice(0, -1) : numeric);
    cell.value = pct ? n / 100 : n;
  } else if (/^\(\d+(\.\d+)?\)$/.test(text)) {
    cell.value = -Number(text.slice(1, -1));
  } else if (/^(true|false)$/i.test(text)) {
    cell.value = text.toLowerCase() === "true";
  } else if (isoSerial(text) !== null) {
    cell.value = isoSerial(text) as number;
    if (cell.numberFormat === undefined || cell.numberFormat === "General")
      cell.numberFormat = "yyyy-mm-dd";
  } else if (ERROR_TEXT.test(text)) {
    cell.value = text;
    cell.error = true;
  } else {
    cell.value = text;
  }
}

function isEmptyCell(cell: FakeCell | undefined): boolean {
  return cell === undefined || cell.value === undefined || cell.value === "";
}

function hasAnything(cell: FakeCell | undefined): boolean {
  return (
    cell !== undefined &&
    (!isEmptyCell(cell) ||
      cell.numberFormat !== undefined ||
      cell.fill !== undefined ||
      cell.font !== undefined)
  );
}

const key = (row: number, column: number): number => row * MAX_COLUMNS + column;

export class FakeSheet {
  visibility = "Visible";
  tabColor = "";
  deleted = false;
  readonly cells = new Map<number, FakeCell>();
  source?: CellSource;
  merges: Rect[] = [];
  readonly charts: FakeChart[] = [];
  readonly conditionalFormats: FakeConditionalFormat[] = [];
  readonly columnWidths = new Map<number, number>();
  freeze?: { rows: number; columns: number } | { at: string };
  autoFilter?: string;
  page?: {
    paperSize?: string;
    orientation?: string;
    zoom?: unknown;
    printArea?: string;
    titleRows?: string;
    titleColumns?: string;
    gridlines?: boolean;
    breaks: string[];
  };

  constructor(
    readonly id: string,
    public name: string
  ) {}

  cell(row: number, column: number): FakeCell | undefined {
    const own = this.cells.get(key(row, column));
    if (own !== undefined) return own;
    if (this.source && row < this.source.rows && column < this.source.columns)
      return this.source.cell(row, column);
    return undefined;
  }

  /** The cell to change, made the sheet's own (copied from the source when it came from there). */
  cellForWrite(row: number, column: number): FakeCell {
    const k = key(row, column);
    let own = this.cells.get(k);
    if (own === undefined) {
      const generated =
        this.source && row < this.source.rows && column < this.source.columns
          ? this.source.cell(row, column)
          : undefined;
      own = generated
        ? {
            ...generated,
            fill: generated.fill && { ...generated.fill },
            font: generated.font && { ...generated.font },
          }
        : {};
      this.cells.set(k, own);
    }
    return own;
  }

  /** The used range: cells with values only, or with any content or format. Null on a blank sheet. */
  usedRect(valuesOnly: boolean): Rect | null {
    let rect: Rect | null = null;
    const grow = (r: number, c: number): void => {
      if (rect === null) rect = { top: r, left: c, bottom: r, right: c };
      else {
        rect.top = Math.min(rect.top, r);
        rect.bottom = Math.max(rect.bottom, r);
        rect.left = Math.min(rect.left, c);
        rect.right = Math.max(rect.right, c);
      }
    };
    if (this.source && this.source.rows > 0 && this.source.columns > 0) {
      // A generated region counts as used whole; its blank cells do not shrink it, which is close enough.
      grow(0, 0);
      grow(this.source.rows - 1, this.source.columns - 1);
    }
    for (const [k, cell] of this.cells) {
      if (valuesOnly ? isEmptyCell(cell) : !hasAnything(cell)) continue;
      grow(Math.floor(k / MAX_COLUMNS), k % MAX_COLUMNS);
    }
    return rect;
  }

  // Helpers for tests: set up and inspect the sheet without going through the proxies.

  /** Puts values at an address as if typed into text-safe cells (strings stay strings). */
  put(address: string, rows: (string | number | boolean | null)[][]): this {
    const r = parseArea(address);
    rows.forEach((row, i) =>
      row.forEach((v, j) => {
        if (v === null) return;
        this.cellForWrite(r.top + i, r.left + j).value = v;
      })
    );
    return this;
  }

  /** Changes one cell directly ("B3", { fill: ... }). */
  set(address: string, patch: FakeCell): this {
    const r = parseArea(address);
    Object.assign(this.cellForWrite(r.top, r.left), patch);
    return this;
  }

  at(address: string): FakeCell | undefined {
    const r = parseArea(address);
    return this.cell(r.top, r.left);
  }

  /** Values of a rectangle as Excel would return them ("" for empty). */
  valuesAt(address: string): (string | number | boolean)[][] {
    const r = parseArea(address);
    const out: (string | number | boolean)[][] = [];
    for (let i = r.top; i <= r.bottom; i++) {
      const row: (string | number | boolean)[] = [];
      for (let j = r.left; j <= r.right; j++) row.push(this.cell(i, j)?.value ?? "");
      out.push(row);
    }
    return out;
  }

  merge(address: string): this {
    this.merges.push(parseArea(address));
    return this;
  }

  /** A deep copy of everything a test may compare to prove nothing changed. */
  snapshot(): unknown {
    const cells: [string, FakeCell][] = [];
    // A cell object left with nothing in it is the same as no cell.
    for (const [k, c] of [...this.cells]
      .filter(([, c]) => Object.values(c).some((v) => v !== undefined))
      .sort((a, b) => a[0] - b[0])) {
      cells.push([
        formatArea({
          top: Math.floor(k / MAX_COLUMNS),
          left: k % MAX_COLUMNS,
          bottom: Math.floor(k / MAX_COLUMNS),
          right: k % MAX_COLUMNS,
        }),
        JSON.parse(JSON.stringify(c)),
      ]);
    }
    return JSON.parse(
      JSON.stringify({
        id: this.id,
        name: this.name,
        visibility: this.visibility,
        tabColor: this.tabColor,
        cells,
        merges: this.merges,
        charts: this.charts,
        conditionalFormats: this.conditionalFormats,
        columnWidths: [...this.columnWidths],
        freeze: this.freeze ?? null,
        autoFilter: this.autoFilter ?? null,
      })
    );
  }
}

const INVALID_NAME = /[[\]:*?/\\]/;

/** The workbook behind the fake: sheets in order, settings, selection. */
export class FakeWorkbook {
  readonly sheets: FakeSheet[] = [];
  readonly settings = new Map<string, unknown>();
  selection?: { sheet: string; address: string };
  activeSheetId?: string;
  private nextId = 1;

  static with(...names: string[]): FakeWorkbook {
    const wb = new FakeWorkbook();
    for (const n of names) wb.addSheet(n);
    return wb;
  }

  addSheet(name?: string): FakeSheet {
    const finalName = name ?? this.defaultName();
    this.checkName(finalName, null);
    const id = `{${String(this.nextId++).padStart(8, "0")}-FA4E-4B1D-8E1C-0000${String(this.sheets.length).padStart(8, "0")}}`;
    const sheet = new FakeSheet(id, finalName);
    this.sheets.push(sheet);
    this.activeSheetId ??= id;
    return sheet;
  }

  /** By name (any case) or id, as worksheets.getItem finds it. */
  find(key: string): FakeSheet | undefined {
    const lower = key.toLowerCase();
    return this.sheets.find((s) => s.id === key || s.name.toLowerCase() === lower);
  }

  sheet(key: string): FakeSheet {
    const s = this.find(key);
    if (!s) throw itemNotFound(key);
    return s;
  }

  /** Renames a sheet; as in Excel, chart references to it follow. */
  rename(sheet: FakeSheet, name: string): void {
    this.checkName(name, sheet);
    const from = qualify(sheet.name, "");
    const to = qualify(name, "");
    const follow = (ref: string | undefined): string | undefined =>
      ref?.startsWith(from) ? to + ref.slice(from.length) : ref;
    for (const s of this.sheets) {
      for (const chart of s.charts) {
        chart.source = follow(chart.source) as string;
        for (const series of chart.series) {
          series.values = follow(series.values);
          series.categories = follow(series.categories);
        }
      }
    }
    sheet.name = name;
  }

  remove(sheet: FakeSheet): void {
    const visible = this.sheets.filter((s) => s.visibility === "Visible");
    if (visible.length === 1 && visible[0] === sheet)
      throw invalidOperation("a workbook must keep one visible sheet");
    this.sheets.splice(this.sheets.indexOf(sheet), 1);
    sheet.deleted = true;
    if (this.activeSheetId === sheet.id) this.activeSheetId = this.sheets[0]?.id;
  }

  /** Everything a test may compare to prove the workbook was left as it was. */
  snapshot(): unknown {
    return JSON.parse(
      JSON.stringify({ sheets: this.sheets.map((s) => s.snapshot()), settings: [...this.settings] })
    );
  }

  private defaultName(): string {
    for (let i = 1; ; i++) if (!this.find(`Sheet${i}`)) return `Sheet${i}`;
  }

  private checkName(name: string, self: FakeSheet | null): void {
    if (
      name.length === 0 ||
      name.length > 31 ||
      INVALID_NAME.test(name) ||
      name.startsWith("'") ||
      name.endsWith("'")
    ) {
      throw invalidArgument(`sheet name "${name}"`);
    }
    const other = this.find(name);
    if (other && other !== self) {
      throw Object.assign(invalidArgument(`a sheet named "${name}" exists`), {
        code: "ItemAlreadyExists",
      });
    }
  }
}

export { columnIndex };
