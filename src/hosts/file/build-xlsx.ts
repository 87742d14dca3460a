import ExcelJS from "exceljs";
import { isCellError, isEmptyCell, type CellValue } from "../../engine/table/cell";
import type { SheetData, WorkbookData } from "../../engine/table/sheet";

export interface BuildXlsxOptions {
  /** Header row (1-based) per sheet name; otherwise the earliest of the first 20 rows with the most text cells. */
  headerRows?: Record<string, number>;
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

function addSheet(workbook: ExcelJS.Workbook, sheet: SheetData, headerRow: number | null): void {
  const ws = workbook.addWorksheet(sheet.name, {
    state: sheet.hidden ? "hidden" : "visible",
    views: headerRow ? [{ state: "frozen", ySplit: headerRow }] : undefined,
  });
  const mergeStarts = new Set<string>();
  const boxes = (sheet.merges ?? []).map((range) => {
    const box = ws.getCell(range.split(":")[0]);
    const end = ws.getCell(range.split(":")[1] ?? range);
    mergeStarts.add(`${box.row}:${box.col}`);
    return {
      top: Number(box.row),
      left: Number(box.col),
      bottom: Number(end.row),
      right: Number(end.col),
    };
  });
  const mergedAway = (r: number, c: number) =>
    boxes.some(
      (b) =>
        r >= b.top && r <= b.bottom && c >= b.left && c <= b.right && (r !== b.top || c !== b.left)
    );
  sheet.rows.forEach((cells, r) => {
    const row = ws.getRow(r + 1);
    cells.forEach((value, c) => {
      if (value === null) return;
      const cell = row.getCell(c + 1);
      if (isCellError(value)) {
        cell.value = { error: value.error } as ExcelJS.CellErrorValue;
      } else if (value instanceof Date) {
        cell.value = value;
        cell.numFmt = DATE_FORMAT;
      } else {
        cell.value = value;
        // Stored as text already; the "@" format keeps Excel from taking an edit of it for a formula.
        if (typeof value === "string" && FORMULA_LIKE.test(value)) cell.numFmt = "@";
      }
    });
    if (headerRow === r + 1 && cells.some((cell) => !isEmptyCell(cell))) row.font = { bold: true };
  });
  for (const hidden of sheet.hiddenRows ?? []) ws.getRow(hidden).hidden = true;
  for (const range of sheet.merges ?? []) ws.mergeCells(range);
  columnWidths(sheet, mergedAway, mergeStarts).forEach((width, c) => {
    ws.getColumn(c + 1).width = width;
  });
}

/**
 * An .xlsx file's bytes for host-neutral sheets (sample workbooks): dates formatted yyyy-mm-dd,
 * the header row bold and frozen, column widths from the contents, merges and hidden sheets and
 * rows kept, formula-like text kept as text.
 */
export async function buildXlsx(
  workbook: WorkbookData,
  options: BuildXlsxOptions = {}
): Promise<Uint8Array> {
  const out = new ExcelJS.Workbook();
  for (const sheet of workbook.sheets) {
    addSheet(out, sheet, options.headerRows?.[sheet.name] ?? guessHeaderRow(sheet));
  }
  return new Uint8Array(await out.xlsx.writeBuffer());
}
