import type { SheetData, WorkbookData } from "../../../engine/table/sheet";
import { FileReadError, reasonOf } from "../file-error";
import { recogniseSheets, type SheetFacts } from "../own/recognise-sheets";
import { MARKER_TITLE, keyFromPrompt } from "../own/sheet-marker";
import { registryFromRows, type Registry } from "../plan/read-registry";
import { REGISTRY_KEY, REGISTRY_MARKER } from "../plan/registry-sheet";
import { PartError } from "./part-error";
import { readDateStyles } from "./read-date-styles";
import { readRels, relsPathOf, type PartRel } from "./read-rels";
import { readSharedStrings } from "./read-shared-strings";
import { readSheetPart, SheetPartProblem, type ReadSheet } from "./read-sheet-part";
import { readWorkbookPart, type WorkbookSheet } from "./read-workbook-part";
import { workbookPartPath } from "./workbook-part-path";
import { MAX_PART_BYTES, inflateEntry } from "./inflate-entry";
import { readZipDirectory } from "./zip-directory";
import { rememberMarker } from "./read-markers";
import type { ZipCodec } from "./zip-codec";

/** outputKey of a sheet that looks like the add-in's but cannot be confirmed (see read-xlsx.ts). */
const UNCONFIRMED_PREFIX = "unconfirmed:";

export interface ReadXlsxPartsOptions {
  /** A part's inflated size past which it is refused. */
  maxPartBytes?: number;
  /** Inflate and CRC-32 (Node's zlib in the CLI); fflate's otherwise. */
  codec?: ZipCodec;
}

const decoder = new TextDecoder("utf-8");

/** A part's text: UTF-8 (with or without BOM) or UTF-16 with a BOM, as XML allows. */
function partText(data: Uint8Array): string {
  if (data[0] === 0xff && data[1] === 0xfe) return new TextDecoder("utf-16le").decode(data);
  if (data[0] === 0xfe && data[1] === 0xff) return new TextDecoder("utf-16be").decode(data);
  return decoder.decode(data);
}

function readPart<T>(path: string, read: () => T): T {
  try {
    return read();
  } catch (error) {
    if (error instanceof PartError) throw error;
    if (error instanceof SheetPartProblem)
      throw new PartError(path, { "zh-CN": error.zh, "en-US": error.en });
    throw new PartError(path, {
      "zh-CN": `不是有效的 XML（${reasonOf(error)}）`,
      "en-US": `it is not well-formed XML (${reasonOf(error)})`,
    });
  }
}

function isRegistry(sheet: WorkbookSheet, read: ReadSheet, marker: string | null): boolean {
  if (read.rows[0]?.[0] !== REGISTRY_MARKER) return false;
  return marker === REGISTRY_KEY || (sheet.state !== "visible" && read.rows[0]?.[1] === 1);
}

/**
 * Reads an .xlsx/.xlsm package's sheets from its bytes without ExcelJS, into the same sheets as
 * readXlsx gave through ExcelJS: only the workbook part, its rels, the shared strings, the styles
 * and the worksheets are inflated (charts, drawings, comments, tables, pivots and any other part
 * cost nothing and cannot fail the read), one worksheet at a time, each capped in size. Throws
 * FileReadError ("not-a-workbook", "corrupt" naming the part and, for a sheet, the sheet).
 */
export function readXlsxParts(
  bytes: Uint8Array,
  name: string,
  options: ReadXlsxPartsOptions = {}
): WorkbookData {
  const limit = options.maxPartBytes ?? MAX_PART_BYTES;
  let sheetName: string | undefined;
  try {
    const entries = new Map(readZipDirectory(bytes).map((e) => [e.name, e]));
    const text = (path: string): string | null => {
      const entry = entries.get(path);
      return entry ? partText(inflateEntry(bytes, entry, limit, options.codec)) : null;
    };
    // Read for its checksum only: a package whose part list is damaged is damaged.
    text("[Content_Types].xml");
    const workbookPath = workbookPartPath(text("_rels/.rels"), (xml) =>
      readPart("_rels/.rels", () => readRels("", xml))
    );
    const workbookXml = text(workbookPath);
    if (workbookXml === null) throw new FileReadError("not-a-workbook", name);
    const workbook = readPart(workbookPath, () => readWorkbookPart(workbookXml));
    const relsPath = relsPathOf(workbookPath);
    const relsXml = text(relsPath) ?? "";
    const rels = readPart(relsPath, () => readRels(workbookPath, relsXml));
    const byId = new Map<string, PartRel>(rels.map((r) => [r.id, r]));
    const only = (kind: string) => rels.find((r) => r.kind === kind && !r.external)?.target;
    const stringsPath = only("sharedStrings");
    const stylesPath = only("styles");
    const stringsXml = stringsPath ? text(stringsPath) : null;
    const sharedStrings =
      stringsPath && stringsXml ? readPart(stringsPath, () => readSharedStrings(stringsXml)) : [];
    const stylesXml = stylesPath ? text(stylesPath) : null;
    const dateStyles =
      stylesPath && stylesXml ? readPart(stylesPath, () => readDateStyles(stylesXml)) : [];

    const read: { sheet: WorkbookSheet; data: ReadSheet; marker: string | null }[] = [];
    for (const sheet of workbook.sheets) {
      const rel = byId.get(sheet.relId);
      // Chart sheets, dialog and macro sheets hold no cells to read.
      if (!rel || rel.external || rel.kind !== "worksheet") continue;
      sheetName = sheet.name;
      const xml = text(rel.target);
      if (xml === null) {
        throw new PartError(rel.target, {
          "zh-CN": "工作簿列出了这个工作表，但文件中没有它",
          "en-US": "the workbook lists this sheet, but the file does not hold it",
        });
      }
      const data = readPart(rel.target, () =>
        readSheetPart(xml, { sharedStrings, dateStyles, date1904: workbook.date1904 })
      );
      const validation = data.a1Validation;
      const marker =
        validation && validation.promptTitle === MARKER_TITLE
          ? keyFromPrompt(validation.prompt)
          : null;
      const entry = entries.get(rel.target);
      if (entry) rememberMarker(bytes, entry, marker);
      read.push({ sheet, data, marker });
    }
    sheetName = undefined;

    const registryAt = read.findIndex((r) => isRegistry(r.sheet, r.data, r.marker));
    const registry: Registry | null =
      registryAt >= 0 ? registryFromRows(read[registryAt].data.rows) : null;
    const kept = read.filter((_, i) => i !== registryAt);
    const facts: SheetFacts[] = kept.map((r) => ({
      name: r.sheet.name,
      marker: r.marker,
      sheetId: r.sheet.sheetId,
    }));
    const found = recogniseSheets(facts, registry?.records ?? null, registry?.version);
    const keys = new Map<number, string>();
    for (const [key, index] of found.own) keys.set(index, key);
    for (const [index, key] of found.unconfirmed) keys.set(index, `${UNCONFIRMED_PREFIX}${key}`);

    const sheets: SheetData[] = kept.map(({ sheet, data }, index) => {
      const out: SheetData = { name: sheet.name, rows: data.rows };
      if (sheet.state !== "visible") out.hidden = true;
      if (data.merges.length > 0) out.merges = data.merges;
      if (data.hiddenRows.length > 0) out.hiddenRows = data.hiddenRows;
      const key = keys.get(index);
      if (key !== undefined) out.outputKey = key;
      return out;
    });
    return { sheets, source: name };
  } catch (error) {
    if (error instanceof FileReadError) throw error;
    if (error instanceof PartError)
      throw new FileReadError("corrupt", name, { sheet: sheetName, reasons: error.reasons });
    throw new FileReadError("corrupt", name, { sheet: sheetName, reason: reasonOf(error) });
  }
}
