import type { CellValue } from "../../../engine/table/cell";
import { EXCEL_COLUMNS, EXCEL_ROWS } from "../../../engine/excel-limits";
import { columnIndex, columnLetter } from "../../../engine/table/column-letter";
import { heldIndexes, SPARSE_PAST } from "../../../engine/table/held-indexes";
import { parseCellRange } from "../plan/cell-range";
import { MARKER_TITLE } from "../own/sheet-marker";
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

/** The column (0-based) of an A1 reference, or -1. */
function columnOf(ref: string): number {
  const letters = /^\$?([A-Za-z]{1,3})/.exec(ref);
  return letters ? (columnIndex(letters[1]) ?? -1) : -1;
}

/**
 * Reads a worksheet part's XML into rows of cells, as the engine reads them (src/engine/table/sheet.ts):
 * cached formula results (null without one), shared and inline strings with rich runs joined,
 * booleans, `{ error }` for errors, numbers in date formats as Dates in the workbook's date system,
 * cells covered by a merge (other than its first) as null, trailing empty cells and rows dropped.
 * Rows past the last one holding a value cost nothing, and neither do hidden rows after it; a long
 * row with few values (a stray value in column XFD) keeps its gaps as holes, so it costs its values.
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
  // The cell being read.
  let cellRef = "";
  let type = "";
  let style = 0;
  let hasFormula = false;
  let value: string | undefined;
  let reading: "v" | "t" | null = null;
  let inInline = false;
  let phonetic = 0;

  const finishCell = (): CellValue => {
    if (value === undefined) return null;
    if (hasFormula) {
      if (value === "") return null;
      if (type === "str") return value;
      if (type === "b") return parseInt(value, 10) !== 0;
      if (type === "e") return { error: value };
      const n = parseFloat(value);
      return dateStyles[style] ? validDate(dateFromSerial(n, date1904)) : finite(n);
    }
    switch (type) {
      case "s": {
        const index = parseInt(value, 10);
        const text = sharedStrings[index];
        if (text === undefined) {
          throw new SheetPartProblem(
            `单元格 ${cellRef} 引用第 ${index} 个共享字符串，但共享字符串表只有 ${sharedStrings.length} 个`,
            `cell ${cellRef} refers to shared string ${index}, but the shared strings table holds ${sharedStrings.length}`
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
        return dateStyles[style] ? validDate(dateFromSerial(n, date1904)) : finite(n);
      }
    }
  };

  scanXml(xml, {
    open(name, a, selfClosing) {
      switch (name) {
        case "row": {
          const r = a.r === undefined ? rowNumber + 1 : parseInt(a.r, 10);
          if (!(r > rowNumber) || r > EXCEL_ROWS) {
            throw new SheetPartProblem(
              `行号 ${a.r ?? r} 不合法或未按顺序排列`,
              `row number ${a.r ?? r} is out of order or out of range`
            );
          }
          rowNumber = r;
          column = -1;
          cells = null;
          if (a.hidden === "1" || a.hidden === "true") hiddenRows.push(r);
          break;
        }
        case "c": {
          const at = a.r === undefined ? column + 1 : columnOf(a.r);
          if (at < 0 || at >= EXCEL_COLUMNS) {
            throw new SheetPartProblem(
              `第 ${rowNumber} 行有一个单元格地址不合法（${a.r ?? ""}）`,
              `row ${rowNumber} has a cell with an address that is not valid (${a.r ?? ""})`
            );
          }
          column = at;
          cellRef = a.r ?? `#${at + 1}`;
          type = a.t ?? "n";
          style = a.s === undefined ? 0 : parseInt(a.s, 10);
          hasFormula = false;
          value = undefined;
          if (selfClosing) reading = null;
          break;
        }
        case "f":
          hasFormula = true;
          break;
        case "v":
          if (!selfClosing) reading = "v";
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
          if (inInline && !selfClosing) reading = "t";
          break;
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
          reading = null;
          break;
        case "is":
          inInline = false;
          break;
        case "rPh":
          phonetic--;
          break;
      }
    },
    text(text) {
      if (reading === null || phonetic > 0) return;
      value = value === undefined ? text : value + text;
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
