import type { SheetData, WorkbookData } from "../../engine/table/sheet";
import { DelimitedSource } from "./delimited-source";
import { FileReadError } from "./file-error";
import { parseDelimited } from "./parse-delimited";
import { sniffBytes } from "./sniff-bytes";
import { sniffDelimiter } from "./sniff-delimiter";
import { sourceSheet } from "./source-sheet";
import { utf8Text } from "./utf8-text";

const SNIFF_CHARS = 65_537;
const NUL_CHARS = 8192;

/** "data/客户档案.csv" -> "客户档案". */
function sheetNameFor(fileName: string): string {
  const base = fileName.split(/[\\/]/).pop() ?? fileName;
  const dot = base.lastIndexOf(".");
  const stem = dot > 0 ? base.slice(0, dot) : base;
  return stem === "" ? "Sheet1" : stem;
}

/** The first `count` characters (UTF-16 units) of UTF-8 bytes: no UTF-16 unit takes more than 3 bytes. */
function textHead(bytes: Uint8Array, count: number): string {
  const decoder = new TextDecoder("utf-8", { ignoreBOM: true });
  return decoder.decode(bytes.subarray(0, count * 3), { stream: true }).slice(0, count);
}

/**
 * Reads delimited text (CSV, TSV, semicolon or white-space separated) as one ragged sheet named
 * after the file, every cell a string, empty fields "". Encoding and delimiter are sniffed. The
 * sheet keeps the file's UTF-8 bytes as its source: the engine reads records from them straight
 * into columns, and `rows` is built only when a face asks for it. White-space separated text (rare,
 * small) is split as text.
 */
export function readCsv(data: Uint8Array, name: string): WorkbookData {
  const kind = sniffBytes(data);
  if (kind === "empty") throw new FileReadError("empty-file", name);
  if (kind !== "text")
    throw new FileReadError("unreadable", name, { reason: "binary content, not text" });
  const { bytes } = utf8Text(data, name);
  // NUL never appears in text files; it does in every binary one.
  if (textHead(bytes, NUL_CHARS).includes("\u0000")) {
    throw new FileReadError("unreadable", name, { reason: "binary content, not text" });
  }
  const delimiter = sniffDelimiter(textHead(bytes, SNIFF_CHARS));
  const head = { name: sheetNameFor(name), ragged: true };
  if (delimiter === "whitespace") {
    const text = new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes);
    const sheet: SheetData = { ...head, rows: parseDelimited(text, delimiter) };
    return { sheets: [sheet], source: name };
  }
  return { sheets: [sourceSheet(head, new DelimitedSource(bytes, delimiter))], source: name };
}
