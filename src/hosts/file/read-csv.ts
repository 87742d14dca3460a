import type { SheetData, WorkbookData } from "../../engine/table/sheet";
import { decodeTextStrictly } from "./decode-text-strictly";
import { FileReadError } from "./file-error";
import { parseDelimited } from "./parse-delimited";
import { sniffBytes } from "./sniff-bytes";
import { sniffDelimiter } from "./sniff-delimiter";

/** "data/客户档案.csv" -> "客户档案". */
function sheetNameFor(fileName: string): string {
  const base = fileName.split(/[\\/]/).pop() ?? fileName;
  const dot = base.lastIndexOf(".");
  const stem = dot > 0 ? base.slice(0, dot) : base;
  return stem === "" ? "Sheet1" : stem;
}

/**
 * Reads delimited text (CSV, TSV, semicolon or white-space separated) as one ragged sheet named
 * after the file, every cell a string, empty fields "". Encoding and delimiter are sniffed.
 */
export function readCsv(data: Uint8Array, name: string): WorkbookData {
  const kind = sniffBytes(data);
  if (kind === "empty") throw new FileReadError("empty-file", name);
  if (kind !== "text")
    throw new FileReadError("unreadable", name, { reason: "binary content, not text" });
  const { text } = decodeTextStrictly(data, name);
  // NUL never appears in text files; it does in every binary one.
  if (text.slice(0, 8192).includes("\u0000")) {
    throw new FileReadError("unreadable", name, { reason: "binary content, not text" });
  }
  const sheet: SheetData = {
    name: sheetNameFor(name),
    rows: parseDelimited(text, sniffDelimiter(text)),
    ragged: true,
  };
  return { sheets: [sheet], source: name };
}
