import { promises as fs } from "fs";
import * as path from "path";
import type { WorkbookData } from "../../engine/table/sheet";
import { FileReadError, reasonOf } from "./file-error";
import { readCsv } from "./read-csv";
import { sniffBytes } from "./sniff-bytes";

/** A workbook file past this is refused before it is read (each part is capped too: xlsx/inflate-entry.ts). */
export const MAX_XLSX_BYTES = 200 * 1_048_576;
/** V8 strings stop at about 512 M characters. */
export const MAX_TEXT_BYTES = 500 * 1_048_576;

const TEXT_TYPES = new Set([".csv", ".txt", ".tsv"]);
const WORKBOOK_TYPES = new Set([".xlsx", ".xlsm"]);

export interface ReadFileOptions {
  maxXlsxBytes?: number;
  maxTextBytes?: number;
  /** No longer used: the reader builds no ExcelJS model to keep (read-xlsx.ts). */
  keepModel?: boolean;
}

/**
 * Reads a workbook file by its content and extension: a zip is read as .xlsx/.xlsm, text with a
 * .csv/.txt/.tsv name as delimited text. Throws FileReadError ("not-found", "unsupported-type"
 * for .xls and unknown types, "too-large", "empty-file", "encrypted", "not-a-workbook", "corrupt").
 */
export async function readWorkbookFile(
  filePath: string,
  options: ReadFileOptions = {}
): Promise<WorkbookData> {
  return (await loadWorkbookFile(filePath, options)).workbook;
}

/** A file as read: its workbook, its bytes (to write results into), and whether it was a workbook or text. */
export interface LoadedFile {
  workbook: WorkbookData;
  bytes: Uint8Array;
  format: "xlsx" | "csv";
}

/** readWorkbookFile, keeping the bytes so that results can be written into the same workbook. */
export async function loadWorkbookFile(
  filePath: string,
  options: ReadFileOptions = {}
): Promise<LoadedFile> {
  const name = path.basename(filePath);
  const extension = path.extname(filePath).toLowerCase();
  let size: number;
  try {
    const stat = await fs.stat(filePath);
    if (!stat.isFile()) throw new FileReadError("unreadable", name, { reason: "not a file" });
    size = stat.size;
  } catch (error) {
    if (error instanceof FileReadError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT" || code === "ENOTDIR") throw new FileReadError("not-found", name);
    throw new FileReadError("unreadable", name, { reason: reasonOf(error) });
  }
  const known = TEXT_TYPES.has(extension) || WORKBOOK_TYPES.has(extension);
  if (!known && extension !== ".xls")
    throw new FileReadError("unsupported-type", name, { extension });
  const limit = TEXT_TYPES.has(extension)
    ? (options.maxTextBytes ?? MAX_TEXT_BYTES)
    : (options.maxXlsxBytes ?? MAX_XLSX_BYTES);
  if (size > limit) throw new FileReadError("too-large", name, { limit });
  let bytes: Uint8Array;
  try {
    // A view of the Buffer, not a copy of a file that may be hundreds of MB.
    const buffer = await fs.readFile(filePath);
    bytes = new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
  } catch (error) {
    throw new FileReadError("unreadable", name, { reason: reasonOf(error) });
  }
  const kind = sniffBytes(bytes);
  if (kind === "empty") throw new FileReadError("empty-file", name);
  // A renamed .xlsx is still a workbook; anything else named .xls is the old binary format.
  if (kind === "zip") {
    // Loaded only for workbooks, which a CSV never needs.
    const { readXlsx } = await import("./read-xlsx");
    const { NODE_ZIP_CODEC } = await import("./node-zip-codec");
    return {
      workbook: await readXlsx(bytes, name, { codec: NODE_ZIP_CODEC }),
      bytes,
      format: "xlsx",
    };
  }
  if (extension === ".xls") throw new FileReadError("unsupported-type", name, { extension });
  if (kind === "ole2") throw new FileReadError("encrypted", name);
  if (WORKBOOK_TYPES.has(extension)) throw new FileReadError("not-a-workbook", name);
  return { workbook: readCsv(bytes, name), bytes, format: "csv" };
}
