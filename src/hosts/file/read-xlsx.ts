import type { WorkbookData } from "../../engine/table/sheet";
import { FileReadError } from "./file-error";
import { asBytes, sniffBytes } from "./sniff-bytes";
import { readXlsxParts } from "./xlsx/read-xlsx-parts";
import type { ZipCodec } from "./xlsx/zip-codec";

/**
 * The outputKey of a sheet that looks like the add-in's but cannot be confirmed ("unconfirmed:history"):
 * userSheets leaves it out, and no key the engine looks for matches it.
 */
export const UNCONFIRMED_PREFIX = "unconfirmed:";

export interface ReadXlsxOptions {
  /** A part's inflated size past which the file is refused (xlsx/inflate-entry.ts). */
  maxPartBytes?: number;
  /** Inflate and CRC-32 (Node's zlib in the CLI); fflate's otherwise. */
  codec?: ZipCodec;
  /** No longer used: the reader builds no ExcelJS model to keep for the writer. */
  keepModel?: boolean;
}

/**
 * Reads an .xlsx/.xlsm file's bytes (Node or browser) into host-neutral sheets: cached formula
 * results, text of rich text and hyperlinks, `{ error }` for Excel errors, dates in the workbook's
 * date system, merged-away cells as null, hidden rows and sheets marked, the add-in's own sheets
 * given their outputKey. Only the parts that hold cells are inflated (xlsx/read-xlsx-parts.ts).
 * Throws FileReadError for empty, encrypted, non-zip, non-workbook and damaged files.
 */
export async function readXlsx(
  data: Uint8Array | ArrayBuffer,
  name: string,
  options: ReadXlsxOptions = {}
): Promise<WorkbookData> {
  const bytes = asBytes(data);
  const kind = sniffBytes(bytes);
  if (kind === "empty") throw new FileReadError("empty-file", name);
  if (kind === "ole2") throw new FileReadError("encrypted", name);
  if (kind !== "zip") throw new FileReadError("not-a-workbook", name);
  return readXlsxParts(bytes, name, { maxPartBytes: options.maxPartBytes, codec: options.codec });
}
