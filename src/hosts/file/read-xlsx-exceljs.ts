import ExcelJS from "exceljs";
import { forExcelJs } from "./exceljs-bytes";
import { findOwnSheets } from "./own/find-own-sheets";
import type { CellValue } from "../../engine/table/cell";
import { columnLetter } from "../../engine/table/column-letter";
import type { SheetData, WorkbookData } from "../../engine/table/sheet";
import { cellFromExcelJs } from "./cell-from-exceljs";
import { FileReadError, reasonOf } from "./file-error";
import { asBytes, sniffBytes } from "./sniff-bytes";
import { prepareXlsxZip } from "./prepare-xlsx-zip";
import { keepModel as keepModelFor } from "./kept-models";

import { UNCONFIRMED_PREFIX } from "./read-xlsx";

export interface ReadXlsxOptions {
  /**
   * Keep the ExcelJS model for applyPlanToXlsx on the same bytes (see kept-models.ts), when reading
   * took nothing out of the file.
   */
  keepModel?: boolean;
}

interface MergeBox {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** ExcelJS keeps merges on a member its typings do not show; reading `model` would copy every row. */
function mergesOf(worksheet: ExcelJS.Worksheet): MergeBox[] {
  const merges =
    (worksheet as unknown as { _merges?: Record<string, MergeBox | undefined> })._merges ?? {};
  return Object.values(merges).filter((m): m is MergeBox => m !== undefined);
}

function trimRow(cells: CellValue[]): CellValue[] {
  let end = cells.length;
  while (end > 0 && cells[end - 1] === null) end--;
  cells.length = end;
  return cells;
}

function sheetFromWorksheet(worksheet: ExcelJS.Worksheet): SheetData {
  const rows: CellValue[][] = [];
  const hiddenRows: number[] = [];
  worksheet.eachRow({ includeEmpty: true }, (row, rowNumber) => {
    if (row.hidden) hiddenRows.push(rowNumber);
    const cells: CellValue[] = [];
    row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
      cells[colNumber - 1] = cellFromExcelJs(cell.value);
    });
    for (let i = 0; i < cells.length; i++) if (cells[i] === undefined) cells[i] = null;
    rows[rowNumber - 1] = cells;
  });
  const boxes = mergesOf(worksheet);
  for (const box of boxes) {
    for (let r = box.top; r <= box.bottom; r++) {
      const cells = rows[r - 1];
      if (!cells) continue;
      for (let c = box.left; c <= box.right; c++) {
        if ((r !== box.top || c !== box.left) && c - 1 < cells.length) cells[c - 1] = null;
      }
    }
  }
  for (let i = 0; i < rows.length; i++) rows[i] = trimRow(rows[i] ?? []);
  let end = rows.length;
  while (end > 0 && rows[end - 1].length === 0) end--;
  rows.length = end;
  const sheet: SheetData = { name: worksheet.name, rows };
  if (worksheet.state === "hidden" || worksheet.state === "veryHidden") sheet.hidden = true;
  if (boxes.length > 0) {
    sheet.merges = boxes.map(
      // ExcelJS numbers columns from 1.
      (b) => `${columnLetter(b.left - 1)}${b.top}:${columnLetter(b.right - 1)}${b.bottom}`
    );
  }
  if (hiddenRows.length > 0) sheet.hiddenRows = hiddenRows;
  return sheet;
}

/**
 * The reader through ExcelJS that readXlsx (xlsx/read-xlsx-parts.ts) replaced, kept as the oracle of
 * test/hosts/file/xlsx-reader-parity.test.ts; the product no longer calls it.
 * Reads an .xlsx/.xlsm file's bytes (Node or browser) into host-neutral sheets: cached formula
 * results, text of rich text and hyperlinks, `{ error }` for Excel errors, merged-away cells as
 * null, hidden rows and sheets marked. Throws FileReadError for empty, encrypted, non-zip,
 * non-workbook and damaged files.
 */
export async function readXlsxWithExcelJs(
  data: Uint8Array | ArrayBuffer,
  name: string,
  options: ReadXlsxOptions = {}
): Promise<WorkbookData> {
  const bytes = asBytes(data);
  const kind = sniffBytes(bytes);
  if (kind === "empty") throw new FileReadError("empty-file", name);
  if (kind === "ole2") throw new FileReadError("encrypted", name);
  if (kind !== "zip") throw new FileReadError("not-a-workbook", name);
  const prepared = await prepareXlsxZip(bytes, name);
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(forExcelJs(prepared));
  } catch (error) {
    throw new FileReadError("corrupt", name, { reason: reasonOf(error) });
  }
  if (options.keepModel && prepared === bytes) keepModelFor(bytes, workbook);
  const sheets: SheetData[] = [];
  const found = findOwnSheets(workbook);
  const outputKeys = new Map<ExcelJS.Worksheet, string>();
  for (const [key, { worksheet }] of found.own) outputKeys.set(worksheet, key);
  // Looks like the add-in's but unconfirmed: never the user's data, and never the history either.
  for (const [worksheet, key] of found.unconfirmed)
    outputKeys.set(worksheet, `${UNCONFIRMED_PREFIX}${key}`);
  for (const worksheet of workbook.worksheets) {
    // The add-in's own record of its sheets is no data of the user's.
    if (worksheet === found.registry) continue;
    try {
      const sheet = sheetFromWorksheet(worksheet);
      const key = outputKeys.get(worksheet);
      if (key !== undefined) sheet.outputKey = key;
      sheets.push(sheet);
    } catch (error) {
      throw new FileReadError("corrupt", name, { sheet: worksheet.name, reason: reasonOf(error) });
    }
  }
  return { sheets, source: name };
}
