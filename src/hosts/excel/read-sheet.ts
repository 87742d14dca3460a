import type { HostRunOptions } from "../host";
import { EXCEL_COLUMNS } from "../../engine/excel-limits";
import type { CellValue } from "../../engine/table/cell";
import type { SheetData } from "../../engine/table/sheet";
import { areaAddress, parseAreaList, type Area } from "./a1";
import { throwIfAborted } from "./aborted";
import { cellFromExcel } from "./cell-from-excel";
import { isDateFormat } from "./is-date-format";
import { estimateJsonBytes } from "./json-bytes";
import type { XlContext, XlRangeAreas, XlRun, XlWorksheet } from "./office-subset";
import { rowsPerBlock } from "./rows-per-block";

/**
 * Bytes per cell assumed for the first block, which also loads number formats ("General" alone is
 * 10 bytes): deliberately high, since nothing is known about the sheet yet.
 */
const FIRST_BLOCK_BYTES_PER_CELL = 40;
/** The first block also measures the rows; kept small so a sheet of very wide rows stays under budget. */
const FIRST_BLOCK_MAX_ROWS = 500;
/** Later blocks are sized from the widest rows seen so far, with this margin. */
const ROW_ESTIMATE_MARGIN = 1.1;

const cellKey = (row: number, column: number): number => row * EXCEL_COLUMNS + column;

function areasOf(ra: XlRangeAreas): Area[] {
  return ra.isNullObject ? [] : parseAreaList(ra.address);
}

interface Block {
  values: unknown[][];
  formats: unknown[][] | null;
}

/** Loads one block of values (and number formats for the first). */
async function loadBlock(
  ctx: XlContext,
  sheet: XlWorksheet,
  area: Area,
  withFormats: boolean
): Promise<Block> {
  const range = sheet.getRange(areaAddress(area));
  range.load("values");
  if (withFormats) range.load("numberFormat");
  try {
    await ctx.sync();
  } catch (error) {
    return loadInHalves(ctx, sheet, area, withFormats, error);
  }
  // The rule cannot see a sync made inside try; the sync above ran before these reads.
  // eslint-disable-next-line office-addins/call-sync-after-load, office-addins/call-sync-before-read
  const values = range.values;
  // eslint-disable-next-line office-addins/call-sync-after-load, office-addins/call-sync-before-read
  return { values, formats: withFormats ? range.numberFormat : null };
}

/** When Excel refuses a block as too large, loads it again in halves; any other failure stands. */
async function loadInHalves(
  ctx: XlContext,
  sheet: XlWorksheet,
  area: Area,
  withFormats: boolean,
  error: unknown
): Promise<Block> {
  const code = (error as { code?: unknown }).code;
  if (
    typeof code !== "string" ||
    !code.endsWith("PayloadSizeLimitExceeded") ||
    area.bottom === area.top
  )
    throw error;
  const middle = area.top + Math.floor((area.bottom - area.top) / 2);
  const a = await loadBlock(ctx, sheet, { ...area, bottom: middle }, withFormats);
  const b = await loadBlock(ctx, sheet, { ...area, top: middle + 1 }, withFormats);
  return {
    values: [...a.values, ...b.values],
    formats: a.formats && b.formats ? [...a.formats, ...b.formats] : null,
  };
}

/**
 * Reads a sheet's used range (values only) into SheetData, in row blocks of at most 5,000 rows kept
 * under the request budget: one sync for the used range's shape, merged areas and error cells, then
 * one per block. The first block (at most 500 rows) also loads number formats: a column is a date
 * column when a number in that block shows as a date; later blocks convert numbers in those columns
 * (a column whose first rows hold no dated number is read as numbers, which the engine reads
 * generously as serials). Later blocks are sized from the widest rows seen so far.
 * Cells covered by a merge read as null; error cells as { error }.
 */
export async function readSheet(
  run: XlRun,
  name: string,
  options: HostRunOptions = {}
): Promise<SheetData> {
  return run(async (ctx) => {
    const sheet = ctx.workbook.worksheets.getItem(name).load(["name", "visibility"]);
    const used = sheet
      .getUsedRange(true)
      .load(["rowIndex", "columnIndex", "rowCount", "columnCount"]);
    const merged = used.getMergedAreasOrNullObject().load("address");
    // Special cells name every error cell at once, so blocks need not load valueTypes (twice the bytes).
    const constantErrors = used.getSpecialCellsOrNullObject("Constants", "Errors").load("address");
    const formulaErrors = used.getSpecialCellsOrNullObject("Formulas", "Errors").load("address");
    await ctx.sync();

    const top = used.rowIndex;
    const left = used.columnIndex;
    const total = used.rowCount;
    const columns = used.columnCount;
    const errors = new Set<number>();
    for (const a of [...areasOf(constantErrors), ...areasOf(formulaErrors)]) {
      for (let i = a.top; i <= a.bottom; i++)
        for (let j = a.left; j <= a.right; j++) errors.add(cellKey(i, j));
    }
    const merges = areasOf(merged);
    const dateColumns = new Array<boolean>(columns).fill(false);
    const rows: CellValue[][] = Array.from({ length: top }, () => []);

    let done = 0;
    let widestRow = 0;
    while (done < total) {
      throwIfAborted(options.signal);
      const first = done === 0;
      const n = Math.min(
        total - done,
        first
          ? rowsPerBlock(columns * FIRST_BLOCK_BYTES_PER_CELL, undefined, FIRST_BLOCK_MAX_ROWS)
          : rowsPerBlock(widestRow * ROW_ESTIMATE_MARGIN)
      );
      const area = { top: top + done, left, bottom: top + done + n - 1, right: left + columns - 1 };
      const { values, formats } = await loadBlock(ctx, sheet, area, first);
      widestRow = Math.max(widestRow, estimateJsonBytes(values) / n);
      if (formats) {
        formats.forEach((row, i) =>
          row.forEach((f, j) => {
            if (typeof values[i][j] === "number" && isDateFormat(f)) dateColumns[j] = true;
          })
        );
      }
      values.forEach((row, i) => {
        const r = area.top + i;
        const out: CellValue[] = new Array<CellValue>(left).fill(null);
        row.forEach((v, j) => {
          const asDate = formats ? isDateFormat(formats[i][j]) : dateColumns[j];
          out.push(cellFromExcel(v, errors.has(cellKey(r, left + j)), asDate));
        });
        rows.push(out);
      });
      done += n;
      options.onProgress?.(done, total);
    }

    for (const m of merges) {
      for (let i = m.top; i <= m.bottom; i++) {
        for (let j = m.left; j <= m.right; j++)
          if ((i !== m.top || j !== m.left) && rows[i] && j < rows[i].length) rows[i][j] = null;
      }
    }
    while (rows.length > 0 && rows[rows.length - 1].every((v) => v === null)) rows.pop();
    const data: SheetData = { name: sheet.name, rows };
    if (sheet.visibility !== "Visible") data.hidden = true;
    if (merges.length > 0) data.merges = merges.map(areaAddress);
    return data;
  });
}
