import type {
  XlColorScaleCriteria,
  XlConditionalFormat,
  XlConditionalFormatCollection,
  XlRange,
  XlRangeAreas,
  XlRangeCollection,
  XlRangeFill,
  XlRangeFont,
  XlRangeFormat,
} from "../../src/hosts/excel/office-subset";
import { formatArea, intersects, qualify, type Rect } from "./address";
import { FakeClientObject, type OpQueue } from "./client-object";
import { invalidArgument, propertyNotLoaded } from "./errors";
import { coerceTyped, type FakeCell, type FakeConditionalFormat, type FakeSheet } from "./model";

export interface RangeTarget {
  sheet: FakeSheet;
  rect: Rect;
}

export interface AreasTarget {
  sheet: FakeSheet;
  rects: Rect[];
}

function forEachCell(rects: Rect[], fn: (row: number, column: number) => void): void {
  for (const r of rects)
    for (let i = r.top; i <= r.bottom; i++) for (let j = r.left; j <= r.right; j++) fn(i, j);
}

function matrix<V>(t: RangeTarget, fn: (cell: FakeCell | undefined) => V): V[][] {
  const out: V[][] = [];
  for (let i = t.rect.top; i <= t.rect.bottom; i++) {
    const row: V[] = [];
    for (let j = t.rect.left; j <= t.rect.right; j++) row.push(fn(t.sheet.cell(i, j)));
    out.push(row);
  }
  return out;
}

function valueType(cell: FakeCell | undefined): string {
  if (cell?.error) return "Error";
  const v = cell?.value;
  if (v === undefined || v === "") return "Empty";
  return typeof v === "number" ? "Double" : typeof v === "boolean" ? "Boolean" : "String";
}

/** Checks a 2-D array against the range as Excel does; a 1x1 array may fill the range when allowed. */
function checkShape(input: unknown, t: RangeTarget, broadcast: boolean): unknown[][] {
  const rows = t.rect.bottom - t.rect.top + 1;
  const columns = t.rect.right - t.rect.left + 1;
  const ok =
    Array.isArray(input) &&
    input.every((row) => Array.isArray(row)) &&
    ((input.length === rows && input.every((row: unknown[]) => row.length === columns)) ||
      (broadcast && input.length === 1 && (input[0] as unknown[]).length === 1));
  if (!ok)
    throw invalidArgument(
      "The number of rows or columns in the input array doesn't match the size or dimensions of the range."
    );
  return input as unknown[][];
}

function pick(m: unknown[][], i: number, j: number): unknown {
  return m.length === 1 && m[0].length === 1 ? m[0][0] : m[i][j];
}

function uniform<V>(values: V[]): V | null {
  return values.every((v) => v === values[0]) ? values[0] : null;
}

function normalizeColor(color: string): string {
  return /^#[0-9a-f]{6}$/i.test(color) ? color.toUpperCase() : color;
}

export class FakeRange extends FakeClientObject<RangeTarget> implements XlRange {
  constructor(queue: OpQueue, resolver: () => RangeTarget | null, label = "range", eager = true) {
    super(queue, resolver, false, label, eager);
  }

  get address(): string {
    return this.get("address");
  }
  get rowIndex(): number {
    return this.get("rowIndex");
  }
  get columnIndex(): number {
    return this.get("columnIndex");
  }
  get rowCount(): number {
    return this.get("rowCount");
  }
  get columnCount(): number {
    return this.get("columnCount");
  }
  get values(): unknown[][] {
    return this.get("values");
  }
  set values(input: unknown[][]) {
    this.change(input, (t) => {
      const m = checkShape(input, t, false);
      m.forEach((row) =>
        row.forEach((v) => {
          if (v !== null && v !== undefined && !["string", "number", "boolean"].includes(typeof v))
            throw invalidArgument("cell value");
          if (typeof v === "number" && !Number.isFinite(v)) throw invalidArgument("cell value");
        })
      );
      if (!this.queue.storeCells) return;
      forEachCell([t.rect], (i, j) => {
        const v = m[i - t.rect.top][j - t.rect.left] as
          string | number | boolean | null | undefined;
        // Excel leaves a cell alone where the array holds null.
        if (v === null || v === undefined) return;
        const cell = t.sheet.cellForWrite(i, j);
        delete cell.formula;
        delete cell.error;
        if (v === "") delete cell.value;
        else if (typeof v === "string" && cell.numberFormat !== "@") coerceTyped(v, cell);
        else cell.value = v;
      });
    });
  }
  get numberFormat(): unknown[][] {
    return this.get("numberFormat");
  }
  set numberFormat(input: unknown[][]) {
    this.change(
      input,
      (t) => {
        const m = checkShape(input, t, true);
        if (!this.queue.storeCells) return;
        forEachCell([t.rect], (i, j) => {
          const f = pick(m, i - t.rect.top, j - t.rect.left);
          if (f === null || f === undefined) return;
          if (typeof f !== "string") throw invalidArgument("number format");
          t.sheet.cellForWrite(i, j).numberFormat = f;
        });
      },
      true
    );
  }
  get valueTypes(): string[][] {
    return this.get("valueTypes");
  }
  get format(): XlRangeFormat {
    return this.memo(
      "format",
      () =>
        new FakeRangeFormat(this.queue, () => {
          const t = this.target();
          return { sheet: t.sheet, rects: [t.rect] };
        })
    );
  }
  get conditionalFormats(): XlConditionalFormatCollection {
    return this.memo(
      "conditionalFormats",
      () => new FakeConditionalFormatCollection(this.queue, () => this.target())
    );
  }

  getMergedAreasOrNullObject(): XlRangeAreas {
    return new FakeRangeAreas(
      this.queue,
      () => {
        const t = this.target();
        const rects = t.sheet.merges.filter((m) => intersects(m, t.rect));
        return rects.length > 0 ? { sheet: t.sheet, rects } : null;
      },
      true
    );
  }

  getSpecialCellsOrNullObject(
    cellType: "Constants" | "Formulas",
    cellValueType?: "Errors"
  ): XlRangeAreas {
    return new FakeRangeAreas(
      this.queue,
      () => {
        const t = this.target();
        const used = t.sheet.usedRect(false);
        const rects: Rect[] = [];
        if (used === null || !intersects(used, t.rect)) return null;
        const top = Math.max(used.top, t.rect.top);
        const bottom = Math.min(used.bottom, t.rect.bottom);
        for (
          let j = Math.max(used.left, t.rect.left);
          j <= Math.min(used.right, t.rect.right);
          j++
        ) {
          let run: Rect | null = null;
          for (let i = top; i <= bottom; i++) {
            const c = t.sheet.cell(i, j);
            const hit =
              c !== undefined &&
              c.value !== undefined &&
              c.value !== "" &&
              (cellType === "Formulas") === (c.formula !== undefined) &&
              (cellValueType !== "Errors" || c.error === true);
            if (hit && run && run.bottom === i - 1) run.bottom = i;
            else if (hit) rects.push((run = { top: i, bottom: i, left: j, right: j }));
          }
        }
        return rects.length > 0 ? { sheet: t.sheet, rects } : null;
      },
      true
    );
  }

  select(): void {
    this.change(null, (t) => {
      this.queue.model.selection = { sheet: t.sheet.name, address: formatArea(t.rect) };
      this.queue.model.activeSheetId = t.sheet.id;
    });
  }

  protected scalarNames(): readonly string[] {
    return [
      "address",
      "rowIndex",
      "columnIndex",
      "rowCount",
      "columnCount",
      "values",
      "numberFormat",
      "valueTypes",
      "formulas",
    ];
  }

  protected readScalar(name: string, t: RangeTarget): unknown {
    switch (name) {
      case "address":
        return qualify(t.sheet.name, formatArea(t.rect));
      case "rowIndex":
        return t.rect.top;
      case "columnIndex":
        return t.rect.left;
      case "rowCount":
        return t.rect.bottom - t.rect.top + 1;
      case "columnCount":
        return t.rect.right - t.rect.left + 1;
      case "values":
        return matrix(t, (c) => c?.value ?? "");
      case "numberFormat":
        return matrix(t, (c) => c?.numberFormat ?? "General");
      case "valueTypes":
        return matrix(t, valueType);
      case "formulas":
        return matrix(t, (c) => c?.formula ?? c?.value ?? "");
      default:
        throw propertyNotLoaded(name);
    }
  }

  protected override child(name: string): FakeClientObject<unknown> | undefined {
    return name === "format" ? (this.format as FakeRangeFormat) : undefined;
  }
}

export class FakeRangeFormat extends FakeClientObject<AreasTarget> implements XlRangeFormat {
  constructor(queue: OpQueue, resolver: () => AreasTarget) {
    super(queue, resolver, false, "format", false);
  }
  get fill(): XlRangeFill {
    return this.memo("fill", () => new FakeRangeFill(this.queue, () => this.target()));
  }
  get font(): XlRangeFont {
    return this.memo("font", () => new FakeRangeFont(this.queue, () => this.target()));
  }
  get columnWidth(): number {
    return this.get("columnWidth");
  }
  set columnWidth(points: number) {
    this.change(
      points,
      (t) => {
        if (!(points >= 0)) throw invalidArgument("column width");
        for (const r of t.rects)
          for (let j = r.left; j <= r.right; j++) t.sheet.columnWidths.set(j, points);
      },
      true
    );
  }
  protected scalarNames(): readonly string[] {
    return ["columnWidth"];
  }
  protected readScalar(name: string, t: AreasTarget): unknown {
    const widths: number[] = [];
    for (const r of t.rects)
      for (let j = r.left; j <= r.right; j++) widths.push(t.sheet.columnWidths.get(j) ?? 48);
    return uniform(widths);
  }
  protected override child(name: string): FakeClientObject<unknown> | undefined {
    if (name === "fill") return this.fill as FakeRangeFill;
    if (name === "font") return this.font as FakeRangeFont;
    return undefined;
  }
}

export class FakeRangeFill extends FakeClientObject<AreasTarget> implements XlRangeFill {
  constructor(queue: OpQueue, resolver: () => AreasTarget) {
    super(queue, resolver, false, "fill", false);
  }
  get color(): string {
    return this.get("color");
  }
  set color(color: string) {
    this.change(
      color,
      (t) =>
        forEachCell(t.rects, (i, j) => {
          const cell = t.sheet.cellForWrite(i, j);
          cell.fill = { color: normalizeColor(color), pattern: cell.fill?.pattern ?? "Solid" };
        }),
      true
    );
  }
  get pattern(): string {
    return this.get("pattern");
  }
  set pattern(pattern: string) {
    this.change(
      pattern,
      (t) =>
        forEachCell(t.rects, (i, j) => {
          const cell = t.sheet.cellForWrite(i, j);
          if (pattern === "None") delete cell.fill;
          else cell.fill = { color: cell.fill?.color ?? "#FFFFFF", pattern };
        }),
      true
    );
  }
  clear(): void {
    this.change(
      null,
      (t) => forEachCell(t.rects, (i, j) => delete t.sheet.cellForWrite(i, j).fill),
      true
    );
  }
  protected scalarNames(): readonly string[] {
    return ["color", "pattern"];
  }
  protected readScalar(name: string, t: AreasTarget): unknown {
    const seen: string[] = [];
    forEachCell(t.rects, (i, j) => {
      const fill = t.sheet.cell(i, j)?.fill;
      seen.push(name === "color" ? (fill?.color ?? "#FFFFFF") : (fill?.pattern ?? "None"));
    });
    return uniform(seen);
  }
}

type FontKey = "bold" | "italic" | "color" | "size";

export class FakeRangeFont extends FakeClientObject<AreasTarget> implements XlRangeFont {
  constructor(queue: OpQueue, resolver: () => AreasTarget) {
    super(queue, resolver, false, "font", false);
  }
  get bold(): boolean {
    return this.get("bold");
  }
  set bold(v: boolean) {
    this.setFont("bold", v);
  }
  get italic(): boolean {
    return this.get("italic");
  }
  set italic(v: boolean) {
    this.setFont("italic", v);
  }
  get color(): string {
    return this.get("color");
  }
  set color(v: string) {
    this.setFont("color", v);
  }
  get size(): number {
    return this.get("size");
  }
  set size(v: number) {
    this.setFont("size", v);
  }
  protected scalarNames(): readonly string[] {
    return ["bold", "italic", "color", "size"];
  }
  protected readScalar(name: string, t: AreasTarget): unknown {
    const defaults = { bold: false, italic: false, color: "#000000", size: 11 };
    const seen: unknown[] = [];
    forEachCell(t.rects, (i, j) =>
      seen.push(t.sheet.cell(i, j)?.font?.[name as FontKey] ?? defaults[name as FontKey])
    );
    return uniform(seen);
  }
  private setFont(key: FontKey, value: boolean | string | number): void {
    this.change(
      value,
      (t) =>
        forEachCell(t.rects, (i, j) => {
          const cell = t.sheet.cellForWrite(i, j);
          cell.font = { ...cell.font, [key]: value };
        }),
      true
    );
  }
}

export class FakeRangeAreas extends FakeClientObject<AreasTarget> implements XlRangeAreas {
  constructor(queue: OpQueue, resolver: () => AreasTarget | null, nullable: boolean) {
    super(queue, resolver, nullable, "rangeAreas", true);
  }
  get address(): string {
    return this.get("address");
  }
  get areas(): XlRangeCollection {
    return this.memo("areas", () => new FakeRangeCollection(this.queue, () => this.target()));
  }
  get format(): XlRangeFormat {
    return this.memo("format", () => new FakeRangeFormat(this.queue, () => this.target()));
  }
  protected scalarNames(): readonly string[] {
    return ["address", "areaCount"];
  }
  protected readScalar(name: string, t: AreasTarget): unknown {
    return name === "areaCount"
      ? t.rects.length
      : t.rects.map((r) => qualify(t.sheet.name, formatArea(r))).join(",");
  }
  protected override child(name: string): FakeClientObject<unknown> | undefined {
    if (name === "areas") return this.areas as FakeRangeCollection;
    if (name === "format") return this.format as FakeRangeFormat;
    return undefined;
  }
}

export class FakeRangeCollection
  extends FakeClientObject<AreasTarget>
  implements XlRangeCollection
{
  constructor(queue: OpQueue, resolver: () => AreasTarget) {
    super(queue, resolver, false, "areas", false);
  }
  get items(): FakeRange[] {
    return this.get("items");
  }
  protected scalarNames(): readonly string[] {
    return ["count"];
  }
  protected readScalar(_name: string, t: AreasTarget): unknown {
    return t.rects.length;
  }
  protected override makeItems(): FakeClientObject<unknown>[] {
    const t = this.target();
    return t.rects.map(
      (rect) => new FakeRange(this.queue, () => ({ sheet: t.sheet, rect }), "area", false)
    );
  }
}

class FakeConditionalFormatCollection
  extends FakeClientObject<RangeTarget>
  implements XlConditionalFormatCollection
{
  constructor(queue: OpQueue, resolver: () => RangeTarget) {
    super(queue, resolver, false, "conditionalFormats", false);
  }
  add(type: "ColorScale" | "ContainsText"): XlConditionalFormat {
    let made: FakeConditionalFormat | null = null;
    this.change(
      type,
      (t) => {
        made = { range: formatArea(t.rect), type };
        t.sheet.conditionalFormats.push(made);
      },
      true
    );
    return new FakeConditionalFormatProxy(this.queue, () => made);
  }
  protected scalarNames(): readonly string[] {
    return [];
  }
  protected readScalar(): unknown {
    return undefined;
  }
}

class FakeConditionalFormatProxy
  extends FakeClientObject<FakeConditionalFormat>
  implements XlConditionalFormat
{
  constructor(queue: OpQueue, resolver: () => FakeConditionalFormat | null) {
    super(queue, resolver, false, "conditionalFormat", false);
  }
  get colorScale(): { criteria: XlColorScaleCriteria } {
    const change = (criteria: XlColorScaleCriteria): void =>
      this.change(criteria, (m) => (m.criteria = structuredClone(criteria)));
    return {
      get criteria(): XlColorScaleCriteria {
        throw propertyNotLoaded("criteria");
      },
      set criteria(c: XlColorScaleCriteria) {
        change(c);
      },
    };
  }
  get textComparison(): XlConditionalFormat["textComparison"] {
    const change = (payload: unknown, fn: (m: FakeConditionalFormat) => void): void =>
      this.change(payload, fn);
    const colorSetter = (key: "fill" | "font") => ({
      get color(): string {
        throw propertyNotLoaded("color");
      },
      set color(c: string) {
        change(c, (m) => (m[key] = normalizeColor(c)));
      },
    });
    return {
      format: { fill: colorSetter("fill"), font: colorSetter("font") },
      get rule(): { operator: string; text: string } {
        throw propertyNotLoaded("rule");
      },
      set rule(r: { operator: string; text: string }) {
        change(r, (m) => (m.rule = { ...r }));
      },
    };
  }
  protected scalarNames(): readonly string[] {
    return [];
  }
  protected readScalar(): unknown {
    return undefined;
  }
}
