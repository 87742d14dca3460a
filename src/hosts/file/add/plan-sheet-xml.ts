import { EXCEL_COLUMNS } from "../../../engine/excel-limits";
import type { PlanSheet, PlanValue } from "../../../engine/plan/workbook-plan";
import { rowAt } from "../../../engine/plan/plan-rows";
import { columnIndex, columnLetter } from "../../../engine/table/column-letter";
import { argb } from "../plan/argb";
import { ByteSink } from "../plan/byte-sink";
import { parseCellRange } from "../plan/cell-range";
import { invalidPlan } from "../plan/plan-apply-error";
import { isBlankValue } from "../plan/is-blank-value";
import { MARKER_TITLE, markerPrompt } from "../own/sheet-marker";
import { cellLookKey, hasFont } from "./plan-looks";
import { escapeXmlText } from "./xml-escape";

const MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

/** What writing one sheet part needs besides the plan. */
export interface SheetXmlOptions {
  /** Style index by look key (plan-looks.ts). */
  styleIds: ReadonlyMap<string, number>;
  /** dxf index by "fill|font" key, for text-fill conditional formats. */
  dxfIds: ReadonlyMap<string, number>;
  /** The plan key its marker names (sheet-marker.ts); none for a sheet that is the user's. */
  markerKey?: string;
  /** The relationship id of its drawing, when it has charts. */
  drawingRelId?: string;
  /** The workbook counts days from 1904 (Excel for Mac's old default): date serials are shifted to it. */
  date1904?: boolean;
}

/** Days between the 1900 and the 1904 date systems' day 0. */
const DAYS_1904 = 1462;

/** A look whose number format shows a date: the plan writes dates as 1900-system serials. */
function isDateLook(look: string | null): boolean {
  return look !== null && (look === "date" || /:yyyy-mm-dd$/.test(look));
}

function formulaLike(text: string): boolean {
  const c = text.charCodeAt(0);
  return c === 0x3d || c === 0x2b || c === 0x2d || c === 0x40;
}

const EDGE_SPACE = /^\s|\s$/;
/** Most text needs no escaping: one test is cheaper than escapeXmlText's replaces per cell. */
// eslint-disable-next-line no-control-regex
const NEEDS_ESCAPE = /[&<>"\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/;

function styleAttribute(id: number | undefined): string {
  return id ? ` s="${id}"` : "";
}

/**
 * One cell's XML: strings inline and never formulas (formula-like text in the "@" format unless
 * its look has a font of its own, as writeValue did), numbers and booleans as themselves.
 */
export function cellXml(
  ref: string,
  value: PlanValue,
  look: string | null,
  ids: ReadonlyMap<string, number>
): string {
  if (typeof value === "number")
    return `<c r="${ref}"${styleAttribute(look ? ids.get(look) : undefined)}><v>${value}</v></c>`;
  if (typeof value === "boolean")
    return `<c r="${ref}"${styleAttribute(look ? ids.get(look) : undefined)} t="b"><v>${value ? 1 : 0}</v></c>`;
  const text = String(value);
  const chosen = formulaLike(text) && !hasFont(look) ? "text" : look;
  const s = styleAttribute(chosen ? ids.get(chosen) : undefined);
  const space = EDGE_SPACE.test(text) ? ' xml:space="preserve"' : "";
  const escaped = NEEDS_ESCAPE.test(text) ? escapeXmlText(text) : text;
  return `<c r="${ref}"${s} t="inlineStr"><is><t${space}>${escaped}</t></is></c>`;
}

function colorOf(color: string, where: string): string {
  const value = argb(color);
  if (!value) {
    throw invalidPlan({
      "zh-CN": `条件格式 ${where} 的颜色“${color}”无效。`,
      "en-US": `conditional format ${where} has an invalid colour "${color}".`,
    });
  }
  return value;
}

/** Checks what would make the part invalid before anything is written (a plan is applied whole or not at all). */
export function checkPlanSheet(sheet: PlanSheet): void {
  for (const format of sheet.conditionalFormats) {
    if (!parseCellRange(format.range)) {
      throw invalidPlan({
        "zh-CN": `条件格式的区域“${format.range}”不是单元格区域。`,
        "en-US": `conditional format range "${format.range}" is not a cell range.`,
      });
    }
    if (format.kind === "color-scale") format.colors.forEach((c) => colorOf(c, format.range));
    else [format.fill, format.font].forEach((c) => colorOf(c, format.range));
  }
}

function conditionalXml(sheet: PlanSheet, dxfIds: ReadonlyMap<string, number>): string {
  return sheet.conditionalFormats
    .map((format, i) => {
      const priority = i + 1;
      if (format.kind === "color-scale") {
        const colors = format.colors
          .map((c) => `<color rgb="${colorOf(c, format.range)}"/>`)
          .join("");
        return (
          `<conditionalFormatting sqref="${format.range}"><cfRule type="colorScale" priority="${priority}">` +
          `<colorScale><cfvo type="min"/><cfvo type="percentile" val="50"/><cfvo type="max"/>${colors}</colorScale>` +
          `</cfRule></conditionalFormatting>`
        );
      }
      const dxf = dxfIds.get(`${format.fill}|${format.font}`);
      const text = `"${format.text.replace(/"/g, '""')}"`;
      return (
        `<conditionalFormatting sqref="${format.range}"><cfRule type="cellIs" dxfId="${dxf ?? 0}" priority="${priority}" operator="equal">` +
        `<formula>${escapeXmlText(text)}</formula></cfRule></conditionalFormatting>`
      );
    })
    .join("");
}

function paneXml(rows: number, columns: number): string {
  const topLeft = `${columnLetter(columns)}${rows + 1}`;
  const active = rows > 0 && columns > 0 ? "bottomRight" : rows > 0 ? "bottomLeft" : "topRight";
  const split = `${columns > 0 ? ` xSplit="${columns}"` : ""}${rows > 0 ? ` ySplit="${rows}"` : ""}`;
  return (
    `<pane${split} topLeftCell="${topLeft}" activePane="${active}" state="frozen"/>` +
    `<selection pane="${active}" activeCell="${topLeft}" sqref="${topLeft}"/>`
  );
}

/** Cells of one row written by several tables and cells: in column order, a later write of a cell winning. */
function mergedCells(entries: [number, string][]): string {
  const byColumn = new Map<number, string>();
  for (const [, xml] of entries) {
    for (const m of xml.matchAll(/<c r="([A-Z]+)\d+"[^>]*?(?:\/>|>[\s\S]*?<\/c>)/g)) {
      byColumn.set(columnIndex(m[1]) ?? 0, m[0]);
    }
  }
  return [...byColumn]
    .sort((a, b) => a[0] - b[0])
    .map(([, xml]) => xml)
    .join("");
}

/** The range a sheet's autofilter covers, as writeTable's layout put it, or null. */
export function autoFilterRange(sheet: PlanSheet): string | null {
  const t = sheet.tables.find((table) => table.autoFilter && table.header.length > 0);
  if (!t) return null;
  const left = columnLetter(t.column - 1);
  const right = columnLetter(t.column + t.header.length - 2);
  return `${left}${t.row}:${right}${t.row + Math.max(t.rows.length, 1)}`;
}

/**
 * A planned sheet as a worksheet part of its own, written straight from the plan (no cell objects):
 * values, looks from the appended styles, column widths, frozen panes, the autofilter, the tab
 * colour, conditional formats, page setup and row breaks, the add-in's marker on A1 and the drawing
 * that holds its charts. Large tables are written piece by piece into bytes.
 */
export function planSheetXml(sheet: PlanSheet, options: SheetXmlOptions): Uint8Array {
  const sink = new ByteSink();
  writePlanSheetXml(sheet, options, sink);
  return sink.bytes();
}

/** Where planSheetXml's text goes: bytes in memory (ByteSink), or deflated as written (DeflatingSink). */
export interface TextSink {
  write(text: string): void;
}

/** planSheetXml, written into a sink piece by piece (a row at a time). */
export function writePlanSheetXml(
  sheet: PlanSheet,
  options: SheetXmlOptions,
  sink: TextSink
): void {
  const { styleIds } = options;
  const shift = options.date1904 ? DAYS_1904 : 0;
  const valueFor = (value: PlanValue, look: string | null): PlanValue =>
    shift && typeof value === "number" && isDateLook(look) ? value - shift : value;
  // Headers and single cells, by row: few. Table bodies are built a row at a time when written, so
  // no row's XML outlives its write (100,000 kept rows cost the collector seconds).
  const extras = new Map<number, [number, string][]>();
  const put = (row: number, column: number, xml: string) => {
    const cells = extras.get(row);
    if (cells) cells.push([column, xml]);
    else extras.set(row, [[column, xml]]);
  };
  for (const table of sheet.tables) {
    const headerLook = table.styledHeader ? "header" : null;
    table.header.forEach((label, i) => {
      if (isBlankValue(label)) return;
      const column = table.column + i;
      put(
        table.row,
        column,
        cellXml(`${columnLetter(column - 1)}${table.row}`, label, headerLook, styleIds)
      );
    });
  }
  for (const cell of sheet.cells) {
    if (isBlankValue(cell.value)) continue;
    const ref = `${columnLetter(cell.column - 1)}${cell.row}`;
    const look = cellLookKey(cell.style, cell.format);
    put(cell.row, cell.column, cellXml(ref, valueFor(cell.value, look), look, styleIds));
  }
  const bodies = sheet.tables
    .filter((t) => t.rows.length > 0)
    .map((table) => {
      const looks = table.header.map((_, i) => (table.formats[i] ? `f:${table.formats[i]}` : null));
      const styleOf = (look: string | null) =>
        styleAttribute(look ? styleIds.get(look) : undefined);
      return {
        table,
        // `<c r="B` for each column: the row number follows.
        opens: table.header.map((_, i) => `<c r="${columnLetter(table.column - 1 + i)}`),
        looks,
        // Per column, what cellXml would give each cell of it, worked out once, not per cell.
        styles: looks.map(styleOf),
        textStyles: looks.map((look) => styleOf(hasFont(look) ? look : "text")),
        shifts: looks.map((look) => (shift && isDateLook(look) ? shift : 0)),
      };
    });
  const bodyRow = (body: (typeof bodies)[number], number: number): string => {
    const { table, opens, styles, textStyles, shifts } = body;
    const values = rowAt(table.rows, number - table.row - 1);
    const width = Math.min(values.length, table.header.length);
    let cells = "";
    for (let c = 0; c < width; c++) {
      const value = values[c];
      // The same XML as cellXml's, with the column's style looked up once.
      if (typeof value === "number") {
        if (!Number.isFinite(value)) continue;
        cells += `${opens[c]}${number}"${styles[c]}><v>${value - shifts[c]}</v></c>`;
      } else if (typeof value === "string") {
        const s = formulaLike(value) ? textStyles[c] : styles[c];
        const space = EDGE_SPACE.test(value) ? ' xml:space="preserve"' : "";
        const escaped = NEEDS_ESCAPE.test(value) ? escapeXmlText(value) : value;
        cells += `${opens[c]}${number}"${s} t="inlineStr"><is><t${space}>${escaped}</t></is></c>`;
      } else if (typeof value === "boolean") {
        cells += `${opens[c]}${number}"${styles[c]} t="b"><v>${value ? 1 : 0}</v></c>`;
      }
    }
    return cells;
  };
  const lastRow = Math.max(
    0,
    ...extras.keys(),
    ...bodies.map((b) => b.table.row + b.table.rows.length)
  );

  sink.write(
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="${MAIN_NS}" xmlns:r="${R_NS}">`
  );
  const tab = sheet.tabColor ? argb(sheet.tabColor) : null;
  const fit = sheet.print?.fitToWidth ? '<pageSetUpPr fitToPage="1"/>' : "";
  if (tab || fit) sink.write(`<sheetPr>${tab ? `<tabColor rgb="${tab}"/>` : ""}${fit}</sheetPr>`);
  const styled = sheet.tables.find((t) => t.styledHeader);
  const freeze = sheet.freeze ?? (styled ? { rows: styled.row, columns: 0 } : undefined);
  const frozen = freeze && (freeze.rows > 0 || freeze.columns > 0);
  sink.write(
    `<sheetViews><sheetView workbookViewId="0">${frozen ? paneXml(freeze.rows, freeze.columns) : ""}</sheetView></sheetViews>` +
      `<sheetFormatPr defaultRowHeight="15"/>`
  );
  const widths = sheet.columnWidths
    .map((w, i) =>
      Number.isFinite(w) && w > 0
        ? `<col min="${i + 1}" max="${i + 1}" width="${w}" customWidth="1"/>`
        : ""
    )
    .join("");
  if (widths) sink.write(`<cols>${widths}</cols>`);
  sink.write("<sheetData>");
  for (let number = 1; number <= lastRow; number++) {
    // Most rows are one table's body row alone: written without gathering entries to sort.
    if (bodies.length === 1 && !extras.has(number)) {
      const body = bodies[0];
      if (number <= body.table.row || number > body.table.row + body.table.rows.length) continue;
      const cells = bodyRow(body, number);
      if (cells) sink.write(`<row r="${number}">${cells}</row>`);
      continue;
    }
    const entries: [number, string][] = extras.get(number)?.slice() ?? [];
    for (const body of bodies) {
      if (number <= body.table.row || number > body.table.row + body.table.rows.length) continue;
      const cells = bodyRow(body, number);
      if (cells) entries.push([body.table.column, cells]);
    }
    if (entries.length === 0) continue;
    entries.sort((x, y) => x[0] - y[0]);
    sink.write(
      `<row r="${number}">${entries.length === 1 ? entries[0][1] : mergedCells(entries)}</row>`
    );
  }
  sink.write("</sheetData>");
  const filter = autoFilterRange(sheet);
  if (filter) sink.write(`<autoFilter ref="${filter}"/>`);
  sink.write(conditionalXml(sheet, options.dxfIds));
  if (options.markerKey)
    sink.write(
      `<dataValidations count="1"><dataValidation type="custom" allowBlank="1" showInputMessage="0" showErrorMessage="0"` +
        ` promptTitle="${MARKER_TITLE}" prompt="${escapeXmlText(markerPrompt(options.markerKey))}" sqref="A1">` +
        `<formula1>TRUE</formula1></dataValidation></dataValidations>`
    );
  if (sheet.print?.gridLines) sink.write('<printOptions gridLines="1"/>');
  sink.write(
    '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>'
  );
  if (sheet.print) {
    const fitting = sheet.print.fitToWidth ? ' fitToWidth="1" fitToHeight="0"' : "";
    sink.write(`<pageSetup paperSize="9" orientation="${sheet.print.orientation}"${fitting}/>`);
    const breaks = sheet.print.rowBreaks ?? [];
    if (breaks.length > 0) {
      sink.write(
        `<rowBreaks count="${breaks.length}" manualBreakCount="${breaks.length}">` +
          breaks.map((r) => `<brk id="${r}" max="${EXCEL_COLUMNS - 1}" man="1"/>`).join("") +
          "</rowBreaks>"
      );
    }
  }
  if (options.drawingRelId) sink.write(`<drawing r:id="${options.drawingRelId}"/>`);
  sink.write("</worksheet>");
}
