import type { CellWrite } from "../../host";
import { columnIndex } from "../../../engine/table/column-letter";
import { FileReadError, reasonOf } from "../file-error";
import { copiedEntry, writeZip, type ZipEntry } from "../plan/write-zip";
import { sniffBytes } from "../sniff-bytes";
import { readDateStyles } from "../xlsx/read-date-styles";
import { readRels, relsPathOf } from "../xlsx/read-rels";
import { readWorkbookPart } from "../xlsx/read-workbook-part";
import { workbookPartPath } from "../xlsx/workbook-part-path";
import { MAX_PART_BYTES, inflateEntry } from "../xlsx/inflate-entry";
import { PartError } from "../xlsx/part-error";
import { FFLATE_CODEC, type ZipCodec } from "../xlsx/zip-codec";
import { readZipDirectory, rawBytes, type ZipDirEntry } from "../xlsx/zip-directory";
import { appendStyles } from "./append-styles";
import { editSheetCells, type CellEdit } from "./edit-sheet-cells";

const decoder = new TextDecoder();
const encoder = new TextEncoder();

/** Days from the 1900 system's day 0 to 1970-01-01, and between the 1900 and 1904 systems. */
const EPOCH_1900 = 25569;
const DAYS_1904 = 1462;

/** "YYYY-MM-DD" as a date serial in the workbook's date system. */
export function dateSerial(iso: string, date1904: boolean): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return null;
  const days = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) / 86_400_000 + EPOCH_1900;
  return date1904 ? days - DAYS_1904 : days;
}

function addressOf(address: string): { row: number; column: number } | null {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(address.trim());
  const column = m ? columnIndex(m[1].toUpperCase()) : null;
  if (!m || column === null) return null;
  return { row: Number(m[2]), column: column + 1 };
}

/**
 * Writes confirmed fixes into a user's cells by editing only that sheet's part in place
 * (edit-sheet-cells.ts): each listed cell gets its new value and keeps its own style; every
 * other part is copied as its compressed bytes, except the styles part when a date lands in a
 * cell whose style shows no date (a date style is appended; no index moves) and the calculation
 * chain when a listed cell held a formula (Excel rebuilds a missing chain, and repairs a file
 * whose chain lists a cell without one). Dates are written in the workbook's own date system. A
 * fixed cell that other cells' shared formula starts from gives those cells the formula itself.
 * Throws FileReadError for bytes that are not a readable workbook or a sheet it does not have;
 * nothing is written then.
 */
export function writeCellsByParts(
  input: Uint8Array,
  sheetName: string,
  cells: readonly CellWrite[],
  options: { name?: string; compressor?: ZipCodec } = {}
): Uint8Array {
  const name = options.name ?? "workbook.xlsx";
  const codec = options.compressor ?? FFLATE_CODEC;
  if (sniffBytes(input) !== "zip") throw new FileReadError("not-a-workbook", name);
  const corrupt = (error: unknown): never => {
    if (error instanceof PartError)
      throw new FileReadError("corrupt", name, { reasons: error.reasons });
    throw new FileReadError("corrupt", name, { reason: reasonOf(error) });
  };
  let directory: ZipDirEntry[] = [];
  try {
    directory = readZipDirectory(input);
  } catch (error) {
    corrupt(error);
  }
  const originals = new Map(directory.map((e) => [e.name, e]));
  const partText = (path: string): string | null => {
    const entry = originals.get(path);
    if (!entry) return null;
    try {
      return decoder.decode(inflateEntry(input, entry, MAX_PART_BYTES, codec));
    } catch (error) {
      return corrupt(error);
    }
  };
  const workbookPath = workbookPartPath(partText("_rels/.rels"));
  const workbookXml = partText(workbookPath);
  if (workbookXml === null) throw new FileReadError("not-a-workbook", name);
  const relsPath = relsPathOf(workbookPath);
  const relsXml = partText(relsPath) ?? "";
  const workbook = readWorkbookPart(workbookXml);
  const rels = readRels(workbookPath, relsXml);
  const sheet = workbook.sheets.find((s) => s.name === sheetName);
  const sheetRel = sheet && rels.find((r) => r.id === sheet.relId && !r.external);
  if (!sheet || !sheetRel || sheetRel.kind !== "worksheet")
    throw new FileReadError("not-found", name, { sheet: sheetName });
  const sheetPath = sheetRel.target;
  const sheetXml = partText(sheetPath);
  if (sheetXml === null) throw new FileReadError("not-found", name, { sheet: sheetName });

  const edits: CellEdit[] = [];
  for (const cell of cells) {
    const at = addressOf(cell.address);
    if (!at)
      throw new FileReadError("corrupt", name, {
        sheet: sheetName,
        reason: `"${cell.address}" is not a cell address`,
      });
    const serial =
      cell.date === true && typeof cell.value === "string"
        ? dateSerial(cell.value, workbook.date1904)
        : null;
    edits.push(
      serial === null ? { ...at, value: cell.value } : { ...at, value: serial, date: true }
    );
  }

  // A date needs a style that shows one: the cell's own when it does, else one date style appended.
  const stylesRel = rels.find((r) => r.kind === "styles" && !r.external);
  const stylesXml = stylesRel ? partText(stylesRel.target) : null;
  const dateStyles = stylesXml !== null ? readDateStyles(stylesXml) : [];
  let appended: { xml: string; id: number } | null = null;
  const styleFor = (edit: CellEdit, present: string | undefined): string | undefined => {
    if (!edit.date || stylesXml === null || dateStyles[Number(present ?? 0)] === true)
      return present;
    if (!appended) {
      const styled = appendStyles(stylesXml, [{ numFmt: "yyyy-mm-dd" }]);
      appended = { xml: styled.xml, id: styled.xfIds[0] };
    }
    return String(appended.id);
  };
  let edited: ReturnType<typeof editSheetCells> = {
    xml: sheetXml,
    formulasRemoved: [],
    sharedFormulaMasters: [],
  };
  try {
    edited = editSheetCells(sheetXml, edits, styleFor);
  } catch (error) {
    throw new FileReadError("corrupt", name, { sheet: sheetName, reason: reasonOf(error) });
  }

  const changed = new Map<string, Uint8Array>([[sheetPath, encoder.encode(edited.xml)]]);
  const finalStyles = appended as { xml: string; id: number } | null;
  if (finalStyles && stylesRel) changed.set(stylesRel.target, encoder.encode(finalStyles.xml));
  const dropped = new Set<string>();
  const chain = rels.find((r) => r.kind === "calcChain" && !r.external && originals.has(r.target));
  if (chain && edited.formulasRemoved.length > 0) {
    dropped.add(chain.target);
    changed.set(
      relsPath,
      encoder.encode(
        relsXml.replace(/<(\w+:)?Relationship\b[^>]*?(?:\/>|>\s*<\/\1Relationship>)/g, (el) =>
          /\sId="([^"]*)"/.exec(el)?.[1] === chain.id ? "" : el
        )
      )
    );
    const types = partText("[Content_Types].xml") ?? "";
    changed.set(
      "[Content_Types].xml",
      encoder.encode(
        types.replace(/<(\w+:)?Override\b[^>]*?(?:\/>|>\s*<\/\1Override>)/g, (el) => {
          const part = /\sPartName="\/?([^"]*)"/.exec(el)?.[1];
          return part && decodeURIComponent(part) === chain.target ? "" : el;
        })
      )
    );
  }

  // Every part in its place; those not changed copied as their compressed bytes, never inflated.
  const entries: ZipEntry[] = [];
  for (const entry of directory) {
    if (dropped.has(entry.name)) continue;
    const data = changed.get(entry.name);
    if (data) {
      entries.push({ name: entry.name, data });
      continue;
    }
    let body: Uint8Array = new Uint8Array();
    try {
      body = rawBytes(input, entry);
    } catch (error) {
      corrupt(error);
    }
    entries.push(copiedEntry(entry, body));
  }
  return writeZip(entries, codec);
}
