import { isCellError, isEmptyCell, type CellValue } from "../../engine/table/cell";
import { columnLetter } from "../../engine/table/column-letter";
import type { SheetData, WorkbookData } from "../../engine/table/sheet";
import { DeflatingSink } from "./add/deflating-sink";
import type { TextSink } from "./add/plan-sheet-xml";
import { escapeXmlText } from "./add/xml-escape";
import { parseCellRange, type CellBox } from "./plan/cell-range";
import { writeZip, type ZipEntry } from "./plan/write-zip";
import { FFLATE_CODEC, type ZipCodec } from "./xlsx/zip-codec";

export interface BuildXlsxOptions {
  /** Header row (1-based) per sheet name; otherwise the earliest of the first 20 rows with the most text cells. */
  headerRows?: Record<string, number>;
  /** DEFLATE and CRC-32 (Node's zlib in the CLI); fflate's otherwise. */
  codec?: ZipCodec;
}

const DATE_FORMAT = "yyyy-mm-dd";
const MIN_WIDTH = 8;
const MAX_WIDTH = 50;
const WIDTH_SAMPLE_ROWS = 1000;

/** Text Excel would take for a formula or sign if typed. */
const FORMULA_LIKE = /^[=+\-@]/;

/** The header is the row that names the columns: the earliest with the most text cells, at least two. */
export function guessHeaderRow(sheet: SheetData): number | null {
  let best: number | null = null;
  let bestCount = 1;
  sheet.rows.slice(0, 20).forEach((row, i) => {
    const count = row.filter((cell) => typeof cell === "string" && cell.trim() !== "").length;
    if (count > bestCount) {
      best = i + 1;
      bestCount = count;
    }
  });
  return best;
}

/** Display width in Excel's character units: CJK and full-width characters take two. */
function displayWidth(value: CellValue): number {
  if (value instanceof Date) return 10;
  if (value === null) return 0;
  const text = isCellError(value) ? value.error : String(value);
  let width = 0;
  for (const ch of text)
    width +=
      /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(
        ch
      )
        ? 2
        : 1;
  return width;
}

function columnWidths(
  sheet: SheetData,
  mergedAway: (r: number, c: number) => boolean,
  merged: Set<string>
): number[] {
  const widths: number[] = [];
  sheet.rows.slice(0, WIDTH_SAMPLE_ROWS).forEach((row, r) => {
    row.forEach((cell, c) => {
      // A merged title spans several columns: it should not widen its first one.
      if (merged.has(`${r + 1}:${c + 1}`) || mergedAway(r + 1, c + 1)) return;
      widths[c] = Math.max(widths[c] ?? 0, displayWidth(cell));
    });
  });
  return Array.from(widths, (w) => Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, (w ?? 0) + 2)));
}

const MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

/** Cell styles of styles.xml, by index: plain, date, text (@), and each of them bold (the header). */
const STYLE = { plain: 0, date: 1, text: 2, bold: 3 } as const;
const STYLES_XML =
  XML_HEAD +
  `<styleSheet xmlns="${MAIN_NS}">` +
  `<numFmts count="1"><numFmt numFmtId="164" formatCode="${DATE_FORMAT}"/></numFmts>` +
  '<fonts count="2"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font>' +
  '<font><b/><sz val="11"/><name val="Calibri"/><family val="2"/></font></fonts>' +
  '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
  '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
  '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
  '<cellXfs count="6"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>' +
  '<xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>' +
  '<xf numFmtId="49" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>' +
  '<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/>' +
  '<xf numFmtId="164" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1" applyNumberFormat="1"/>' +
  '<xf numFmtId="49" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1" applyNumberFormat="1"/></cellXfs>' +
  '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>';

/** One cell's XML: text inline (formula-like text in the "@" format), dates as serials, errors as errors. */
function cellXml(ref: string, value: CellValue, bold: boolean, strings: SharedStrings): string {
  const s = (style: number) => {
    const id = style + (bold ? STYLE.bold : 0);
    return id ? ` s="${id}"` : "";
  };
  if (value === null) return "";
  if (isCellError(value))
    return `<c r="${ref}"${s(0)} t="e"><v>${escapeXmlText(value.error)}</v></c>`;
  if (value instanceof Date) {
    const serial = value.getTime() / 86_400_000 + 25569;
    return Number.isFinite(serial) ? `<c r="${ref}"${s(STYLE.date)}><v>${serial}</v></c>` : "";
  }
  if (typeof value === "number")
    return Number.isFinite(value) ? `<c r="${ref}"${s(0)}><v>${value}</v></c>` : "";
  if (typeof value === "boolean") return `<c r="${ref}"${s(0)} t="b"><v>${value ? 1 : 0}</v></c>`;
  const style = FORMULA_LIKE.test(value) ? STYLE.text : 0;
  return `<c r="${ref}"${s(style)} t="s"><v>${strings.index(value)}</v></c>`;
}

/** The workbook's shared strings, as Excel writes text: each distinct text once. */
class SharedStrings {
  private readonly indexes = new Map<string, number>();
  private count = 0;

  index(text: string): number {
    this.count++;
    let index = this.indexes.get(text);
    if (index === undefined) this.indexes.set(text, (index = this.indexes.size));
    return index;
  }

  write(sink: TextSink): void {
    sink.write(
      `${XML_HEAD}<sst xmlns="${MAIN_NS}" count="${this.count}" uniqueCount="${this.indexes.size}">`
    );
    for (const text of this.indexes.keys()) {
      const space = /^\s|\s$/.test(text) ? ' xml:space="preserve"' : "";
      sink.write(`<si><t${space}>${escapeXmlText(text)}</t></si>`);
    }
    sink.write("</sst>");
  }
}

/** A sheet's part: its cells row by row (into a sink, a row at a time), merges, widths, the frozen header. */
function writeSheetXml(
  sink: TextSink,
  sheet: SheetData,
  headerRow: number | null,
  strings: SharedStrings
): void {
  const boxes = (sheet.merges ?? [])
    .map((range) => parseCellRange(range))
    .filter((b): b is CellBox => b !== null);
  const mergeStarts = new Set(boxes.map((b) => `${b.top}:${b.left}`));
  const mergedAway = (r: number, c: number) =>
    boxes.some(
      (b) =>
        r >= b.top && r <= b.bottom && c >= b.left && c <= b.right && (r !== b.top || c !== b.left)
    );
  sink.write(`${XML_HEAD}<worksheet xmlns="${MAIN_NS}" xmlns:r="${REL}">`);
  const pane = headerRow
    ? `<pane ySplit="${headerRow}" topLeftCell="A${headerRow + 1}" activePane="bottomLeft" state="frozen"/>` +
      `<selection pane="bottomLeft" activeCell="A${headerRow + 1}" sqref="A${headerRow + 1}"/>`
    : "";
  sink.write(`<sheetViews><sheetView workbookViewId="0">${pane}</sheetView></sheetViews>`);
  sink.write('<sheetFormatPr defaultRowHeight="15"/>');
  const widths = columnWidths(sheet, mergedAway, mergeStarts);
  if (widths.length > 0)
    sink.write(
      `<cols>${widths.map((w, c) => `<col min="${c + 1}" max="${c + 1}" width="${w}" customWidth="1"/>`).join("")}</cols>`
    );
  sink.write("<sheetData>");
  const hidden = new Set(sheet.hiddenRows ?? []);
  let last = sheet.rows.length;
  for (const r of hidden) if (r > last) last = r;
  const letters: string[] = [];
  for (let r = 1; r <= last; r++) {
    const cells = sheet.rows[r - 1] ?? [];
    const bold = headerRow === r && cells.some((cell) => !isEmptyCell(cell));
    let xml = "";
    for (let c = 0; c < cells.length; c++) {
      const value = cells[c];
      if (value === null || value === undefined) continue;
      xml += cellXml(`${(letters[c] ??= columnLetter(c))}${r}`, value, bold, strings);
    }
    const attributes = hidden.has(r) ? ' hidden="1"' : "";
    if (xml || attributes) sink.write(`<row r="${r}"${attributes}>${xml}</row>`);
  }
  sink.write("</sheetData>");
  if (boxes.length > 0)
    sink.write(
      `<mergeCells count="${boxes.length}">${(sheet.merges ?? [])
        .filter((m) => parseCellRange(m) !== null)
        .map((m) => `<mergeCell ref="${m}"/>`)
        .join("")}</mergeCells>`
    );
  sink.write(
    '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/></worksheet>'
  );
}

function packageParts(sheetCount: number, names: string[], hidden: boolean[]) {
  const sheetPaths = names.map((_, i) => `xl/worksheets/sheet${i + 1}.xml`);
  const types =
    `${XML_HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
    '<Default Extension="xml" ContentType="application/xml"/>' +
    '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
    '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>' +
    '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>' +
    sheetPaths
      .map(
        (p) =>
          `<Override PartName="/${p}" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`
      )
      .join("") +
    "</Types>";
  const rootRels =
    `${XML_HEAD}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
    `<Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`;
  const workbookRels =
    `${XML_HEAD}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
    sheetPaths
      .map(
        (p, i) => `<Relationship Id="rId${i + 1}" Type="${REL}/worksheet" Target="${p.slice(3)}"/>`
      )
      .join("") +
    `<Relationship Id="rId${sheetCount + 1}" Type="${REL}/styles" Target="styles.xml"/>` +
    `<Relationship Id="rId${sheetCount + 2}" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/></Relationships>`;
  // The first visible sheet is the active one: Excel refuses a workbook whose active sheet is hidden.
  const active = Math.max(0, hidden.indexOf(false));
  const workbook =
    `${XML_HEAD}<workbook xmlns="${MAIN_NS}" xmlns:r="${REL}">` +
    `<bookViews><workbookView activeTab="${active}" firstSheet="${active}"/></bookViews><sheets>` +
    names
      .map(
        (name, i) =>
          `<sheet name="${escapeXmlText(name)}" sheetId="${i + 1}"${hidden[i] ? ' state="hidden"' : ""} r:id="rId${i + 1}"/>`
      )
      .join("") +
    "</sheets></workbook>";
  return { sheetPaths, types, rootRels, workbookRels, workbook };
}

/**
 * An .xlsx file's bytes for host-neutral sheets (sample workbooks, lessons, a CSV made a workbook),
 * written part by part without ExcelJS: dates formatted yyyy-mm-dd,
 * the header row bold and frozen, column widths from the contents, merges and hidden sheets and
 * rows kept, formula-like text kept as text.
 */
export async function buildXlsx(
  workbook: WorkbookData,
  options: BuildXlsxOptions = {}
): Promise<Uint8Array> {
  const codec = options.codec ?? FFLATE_CODEC;
  const { sheets } = workbook;
  const parts = packageParts(
    sheets.length,
    sheets.map((s) => s.name),
    sheets.map((s) => s.hidden === true)
  );
  const encoder = new TextEncoder();
  const entries: ZipEntry[] = [
    { name: "[Content_Types].xml", data: encoder.encode(parts.types) },
    { name: "_rels/.rels", data: encoder.encode(parts.rootRels) },
    { name: "xl/workbook.xml", data: encoder.encode(parts.workbook) },
    { name: "xl/_rels/workbook.xml.rels", data: encoder.encode(parts.workbookRels) },
    { name: "xl/styles.xml", data: encoder.encode(STYLES_XML) },
  ];
  const strings = new SharedStrings();
  sheets.forEach((sheet, i) => {
    const sink = new DeflatingSink(codec);
    writeSheetXml(sink, sheet, options.headerRows?.[sheet.name] ?? guessHeaderRow(sheet), strings);
    entries.push({ name: parts.sheetPaths[i], compressed: sink.finish() });
  });
  const sink = new DeflatingSink(codec);
  strings.write(sink);
  entries.push({ name: "xl/sharedStrings.xml", compressed: sink.finish() });
  return writeZip(entries, codec);
}
