import type { CellValue } from "../../../engine/table/cell";
import { EXCEL_COLUMNS, EXCEL_ROWS } from "../../../engine/excel-limits";
import { columnLetter } from "../../../engine/table/column-letter";
import { heldIndexes, SPARSE_PAST } from "../../../engine/table/held-indexes";
import { parseCellRange } from "../plan/cell-range";
import { MARKER_TITLE } from "../own/sheet-marker";
import { decodeXmlText } from "./decode-xml-text";
import { rawAttribute, rawAttributes, scanRawXml, type RawXmlHandler } from "./scan-raw-xml";
import { scanXml } from "./scan-xml";

/** What reading a sheet part needs from the rest of the package. */
export interface SheetContext {
  sharedStrings: readonly string[];
  /** By cell format index: whether a number in it is a date serial. */
  dateStyles: readonly boolean[];
  date1904: boolean;
}

/** One sheet part, read: the engine's rows and what recognising the add-in's sheets needs. */
export interface ReadSheet {
  rows: CellValue[][];
  merges: string[];
  hiddenRows: number[];
  /** The prompt and title of a data validation on A1 alone (the add-in's marker, sheet-marker.ts). */
  a1Validation: { prompt?: string; promptTitle?: string } | null;
}

/** Thrown with what is wrong in words; the caller names the part. */
export class SheetPartProblem extends Error {
  constructor(
    readonly zh: string,
    readonly en: string
  ) {
    super(en);
  }
}

const DAY_MS = 24 * 3600 * 1000;

/** A serial as the date ExcelJS gives (UTC fields are what Excel shows), in either date system. */
export function dateFromSerial(serial: number, date1904: boolean): Date {
  return new Date(Math.round((serial - 25569 + (date1904 ? 1462 : 0)) * DAY_MS));
}

function finite(value: number): number | null {
  return Number.isFinite(value) ? value : null;
}

function validDate(date: Date): Date | null {
  return Number.isFinite(date.getTime()) ? date : null;
}

/**
 * Whether a row is kept with its gaps as holes: long, and holding few values for its length. Filled
 * with null, one value in column XFD on 200,000 rows would be 3 billion slots; as holes V8 keeps
 * such a row by its values, and the engine walks long rows by the cells they hold (held-indexes.ts).
 */
function isSparse(row: CellValue[], held: number): boolean {
  return row.length > SPARSE_PAST && held * 4 < row.length;
}

/** A cell's attributes read, in one pass over its tag. */
const CELL_ATTRIBUTES = ["r", "t", "s"];

/** The most distinct date serials whose Date a sheet's cells share. */
const MAX_SHARED_DATES = 100_000;

/** The column (0-based) of the A1 reference starting at xml[at] (up to 3 letters, after an optional $), or -1. */
function columnAt(xml: string, at: number): number {
  if (xml.charCodeAt(at) === 36 /* $ */) at++;
  let n = 0;
  let letters = 0;
  for (; letters < 3; letters++) {
    const c = xml.charCodeAt(at + letters) | 0x20;
    if (c < 97 || c > 122) break;
    n = n * 26 + (c - 96);
  }
  return letters === 0 ? -1 : n - 1;
}

/** A cell's type attribute as one of the constants finishCell compares with, without a new string. */
function typeAt(xml: string, at: number, end: number): string {
  const length = end - at;
  const c = xml.charCodeAt(at);
  if (length === 1) {
    if (c === 115) return "s";
    if (c === 110) return "n";
    if (c === 98) return "b";
    if (c === 101) return "e";
    if (c === 100) return "d";
  } else if (length === 3 && xml.startsWith("str", at)) return "str";
  else if (length === 9 && xml.startsWith("inlineStr", at)) return "inlineStr";
  return decodeXmlText(xml.slice(at, end));
}

/** A whole number of decimal digits at xml[at, end), else parseInt's reading of the text. */
function integerAt(xml: string, at: number, end: number): number {
  let n = 0;
  for (let i = at; i < end; i++) {
    const d = xml.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return parseInt(decodeXmlText(xml.slice(at, end)), 10);
    n = n * 10 + d;
  }
  return end > at ? n : NaN;
}

/** The end of an attribute value starting at `at` (the quote before it tells which closes it). */
function valueEnd(xml: string, at: number): number {
  return xml.indexOf(xml.charCodeAt(at - 1) === 39 ? "'" : '"', at);
}

/** Where sheetData's content lies: [from, to) between its start and end tags, or null (none, or empty). */
function sheetDataBody(xml: string): { from: number; to: number } | null {
  const open = /<(\w+:)?sheetData\b[^>]*>/.exec(xml);
  if (!open || open[0].endsWith("/>")) return null;
  const from = (open.index as number) + open[0].length;
  const to = xml.indexOf(`</${open[1] ?? ""}sheetData>`, from);
  return to < 0 ? null : { from, to };
}

/**
 * Reads a worksheet part's XML into rows of cells, as the engine reads them (src/engine/table/sheet.ts):
 * cached formula results (null without one), shared and inline strings with rich runs joined,
 * booleans, `{ error }` for errors, numbers in date formats as Dates in the workbook's date system,
 * cells covered by a merge (other than its first) as null, trailing empty cells and rows dropped.
 * Rows past the last one holding a value cost nothing, and neither do hidden rows after it; a long
 * row with few values (a stray value in column XFD) keeps its gaps as holes, so it costs its values.
 * The cells are read by position (scan-raw-xml.ts), without a string or an object per tag; the rest
 * of the part (merges, validations) by scanXml.
 */
export function readSheetPart(xml: string, context: SheetContext): ReadSheet {
  const { sharedStrings, dateStyles, date1904 } = context;
  const rows: CellValue[][] = [];
  const hiddenRows: number[] = [];
  const merges: string[] = [];
  let a1Validation: ReadSheet["a1Validation"] = null;
  let lastValueRow = 0;

  let rowNumber = 0;
  let column = -1;
  let cells: CellValue[] | null = null;
  // The cell being read; its reference is xml[refFrom, refTo), sliced only for a message.
  let refFrom = -1;
  let refTo = -1;
  let type = "n";
  let style = 0;
  let hasFormula = false;
  let value: string | undefined;
  let reading = false;
  let inInline = false;
  let phonetic = 0;

  // One Date per distinct serial: a million customers' dates fall on a few thousand days, and a
  // Date object costs more than the number it stands for. Nothing mutates a cell's Date.
  const dates = new Map<number, Date | null>();
  const dateOf = (serial: number): Date | null => {
    let date = dates.get(serial);
    if (date === undefined) {
      date = validDate(dateFromSerial(serial, date1904));
      if (dates.size < MAX_SHARED_DATES) dates.set(serial, date);
    }
    return date;
  };

  const cellAttributes = new Int32Array(CELL_ATTRIBUTES.length);
  const cellRef = () => (refFrom >= 0 ? xml.slice(refFrom, refTo) : `#${column + 1}`);

  const finishCell = (): CellValue => {
    if (value === undefined) return null;
    if (hasFormula) {
      if (value === "") return null;
      if (type === "str") return value;
      if (type === "b") return parseInt(value, 10) !== 0;
      if (type === "e") return { error: value };
      const n = parseFloat(value);
      return dateStyles[style] ? dateOf(n) : finite(n);
    }
    switch (type) {
      case "s": {
        const index = parseInt(value, 10);
        const text = sharedStrings[index];
        if (text === undefined) {
          throw new SheetPartProblem(
            `单元格 ${cellRef()} 引用第 ${index} 个共享字符串，但共享字符串表只有 ${sharedStrings.length} 个`,
            `cell ${cellRef()} refers to shared string ${index}, but the shared strings table holds ${sharedStrings.length}`
          );
        }
        return text;
      }
      case "str":
      case "inlineStr":
        return value;
      case "b":
        return parseInt(value, 10) !== 0;
      case "e":
        return { error: value };
      case "d": {
        const date = new Date(
          value.length <= 10 ? `${value}T00:00:00Z` : `${value.replace(/Z?$/, "Z")}`
        );
        return validDate(date);
      }
      default: {
        const n = parseFloat(value);
        return dateStyles[style] ? dateOf(n) : finite(n);
      }
    }
  };

  const cellsHandler: RawXmlHandler = {
    open(name, from, to, selfClosing) {
      switch (name) {
        case "row": {
          const at = rawAttribute(xml, from, to, "r");
          const r = at < 0 ? rowNumber + 1 : integerAt(xml, at, valueEnd(xml, at));
          if (!(r > rowNumber) || r > EXCEL_ROWS) {
            const written = at < 0 ? String(r) : decodeXmlText(xml.slice(at, valueEnd(xml, at)));
            throw new SheetPartProblem(
              `行号 ${written} 不合法或未按顺序排列`,
              `row number ${written} is out of order or out of range`
            );
          }
          rowNumber = r;
          column = -1;
          cells = null;
          const hidden = rawAttribute(xml, from, to, "hidden");
          if (hidden >= 0) {
            const flag = xml.slice(hidden, valueEnd(xml, hidden));
            if (flag === "1" || flag === "true") hiddenRows.push(r);
          }
          break;
        }
        case "c": {
          rawAttributes(xml, from, to, CELL_ATTRIBUTES, cellAttributes);
          const [at, t, s] = cellAttributes;
          const found = at < 0 ? column + 1 : columnAt(xml, at);
          refFrom = at;
          refTo = at < 0 ? -1 : valueEnd(xml, at);
          if (found < 0 || found >= EXCEL_COLUMNS) {
            const written = at < 0 ? "" : decodeXmlText(xml.slice(at, refTo));
            throw new SheetPartProblem(
              `第 ${rowNumber} 行有一个单元格地址不合法（${written}）`,
              `row ${rowNumber} has a cell with an address that is not valid (${written})`
            );
          }
          column = found;
          type = t < 0 ? "n" : typeAt(xml, t, valueEnd(xml, t));
          style = s < 0 ? 0 : integerAt(xml, s, valueEnd(xml, s));
          hasFormula = false;
          value = undefined;
          if (selfClosing) reading = false;
          break;
        }
        case "f":
          hasFormula = true;
          break;
        case "v":
          if (!selfClosing) reading = true;
          lastValueRow = rowNumber;
          break;
        case "is":
          inInline = true;
          lastValueRow = rowNumber;
          break;
        case "rPh":
          phonetic++;
          break;
        case "t":
          if (inInline && !selfClosing) reading = true;
          break;
      }
    },
    close(name) {
      switch (name) {
        case "c": {
          const cell = finishCell();
          if (cell !== null) {
            if (cells === null) {
              cells = [];
              rows[rowNumber - 1] = cells;
            }
            cells[column] = cell;
          }
          break;
        }
        case "v":
        case "t":
          reading = false;
          break;
        case "is":
          inInline = false;
          break;
        case "rPh":
          phonetic--;
          break;
      }
    },
    text(from, to, cdata) {
      if (!reading || phonetic > 0) return;
      const raw = xml.slice(from, to);
      const text = cdata ? raw : decodeXmlText(raw);
      value = value === undefined ? text : value + text;
    },
  };

  // The cells first, by position; then the rest of the part, without them, for merges and the marker.
  const body = sheetDataBody(xml);
  if (body !== null) scanRawXml(xml, body.from, body.to, cellsHandler);
  const rest = body === null ? xml : xml.slice(0, body.from) + xml.slice(body.to);
  scanXml(rest, {
    open(name, a) {
      switch (name) {
        case "mergeCell":
          if (a.ref !== undefined) {
            const box = parseCellRange(a.ref);
            if (box !== null)
              merges.push(
                `${columnLetter(box.left - 1)}${box.top}:${columnLetter(box.right - 1)}${box.bottom}`
              );
          }
          break;
        case "dataValidation":
          // The first with the add-in's marker title wins, as the writer finds it (apply-plan-by-parts.ts).
          if ((a.sqref ?? "").trim() === "A1" && a1Validation?.promptTitle !== MARKER_TITLE)
            a1Validation = { prompt: a.prompt, promptTitle: a.promptTitle };
          break;
      }
    },
  });

  for (const ref of merges) {
    const box = parseCellRange(ref);
    if (box === null) continue;
    for (let r = box.top; r <= box.bottom; r++) {
      const row = rows[r - 1];
      if (!row) continue;
      for (const j of heldIndexes(row, box.left - 1)) {
        if (j >= box.right) break;
        if (r !== box.top || j !== box.left - 1) row[j] = null;
      }
    }
  }
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i] ?? [];
    rows[i] = row;
    const held = row.length > SPARSE_PAST ? heldIndexes(row) : null;
    if (held !== null && isSparse(row, held.length)) {
      // Trailing cells a merge emptied go; the gaps stay holes, which read as empty.
      let k = held.length;
      while (k > 0 && row[held[k - 1]] === null) k--;
      row.length = k > 0 ? held[k - 1] + 1 : 0;
      continue;
    }
    for (let j = 0; j < row.length; j++) if (row[j] === undefined) row[j] = null;
    let end = row.length;
    while (end > 0 && row[end - 1] === null) end--;
    row.length = end;
  }
  let end = rows.length;
  while (end > 0 && rows[end - 1].length === 0) end--;
  rows.length = end;
  return {
    rows,
    merges,
    hiddenRows: hiddenRows.filter((r) => r <= lastValueRow),
    a1Validation,
  };
}
