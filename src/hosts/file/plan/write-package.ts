import type ExcelJS from "exceljs";
import JSZip from "jszip";
import type { PlanTable } from "../../../engine/plan/workbook-plan";
import { addCellFormats } from "./add-cell-formats";
import { addSharedString } from "./add-shared-string";
import { addChartsToZip, type SheetCharts } from "./add-charts-to-zip";
import { sheetParts } from "./sheet-parts";
import { ByteSink } from "./byte-sink";
import { spliceRows, type RowBlock } from "./splice-rows";
import { writeTableBody } from "./table-body-xml";
import { writeZip, type ZipCompressor } from "./write-zip";
import { PackageParts } from "./package-parts";

/**
 * DEFLATE level 1: on 100,000-row sheets it is several times faster than the default 6 and the
 * file barely grows (the XML is repetitive enough for the fastest level).
 */
export const PACKAGE_DEFLATE = {
  compression: "DEFLATE",
  compressionOptions: { level: 1 },
} as const;

/** Tables of a sheet, by the sheet's name in the workbook, whose body rows ExcelJS did not write. */
export interface SheetBodies {
  sheet: string;
  tables: PlanTable[];
}

const STYLES_PATH = "xl/styles.xml";

/** Stands for a table's body rows in a sheet part until the part becomes bytes (XML never holds NUL). */
const BODY_MARK = "\u0000tiersheet-body\u0000";

/** The part ExcelJS writes shared strings to (it exists whenever a table header was written). */
const SHARED_STRINGS_PATH = "xl/sharedStrings.xml";

async function emptyStringIndex(
  zip: PackageParts,
  bodies: SheetBodies[]
): Promise<number | undefined> {
  const part = zip.file(SHARED_STRINGS_PATH);
  const used = bodies.some(({ tables }) => tables.some((t) => t.rows.some((r) => r.includes(""))));
  if (!used || !part) return undefined;
  const { xml, index } = addSharedString(await part.async("string"), "");
  zip.file(SHARED_STRINGS_PATH, xml);
  return index;
}

async function addBodies(zip: PackageParts, bodies: SheetBodies[]): Promise<void> {
  const styles = zip.file(STYLES_PATH);
  if (!styles) throw new Error("the package has no styles part");
  const codes = ["@"];
  for (const { tables } of bodies)
    for (const table of tables) for (const f of table.formats) if (f) codes.push(f);
  const { xml, ids } = addCellFormats(await styles.async("string"), codes);
  zip.file(STYLES_PATH, xml);
  const empty = await emptyStringIndex(zip, bodies);
  const paths = new Map((await sheetParts(zip)).map((part) => [part.name, part.path]));
  for (const { sheet, tables } of bodies) {
    const path = paths.get(sheet);
    const part = path ? zip.file(path) : null;
    if (!path || !part) throw new Error(`the package has no part for sheet "${sheet}"`);
    zip.file(path, withTableBodies(await part.async("string"), tables, ids, empty));
  }
}

/**
 * The sheet part with the tables' body rows put in. The part as ExcelJS wrote it is small; the rows
 * are large, so they are written as bytes (ByteSink) and joined to the part's bytes at the places
 * spliceRows marks for them.
 */
function withTableBodies(
  sheetXml: string,
  tables: PlanTable[],
  ids: ReadonlyMap<string, number>,
  empty: number | undefined
): Uint8Array {
  const bodies: Uint8Array[] = [];
  const blocks: RowBlock[] = [];
  for (const table of tables) {
    const sink = new ByteSink();
    writeTableBody(sink, table, ids, empty);
    if (sink.size === 0) continue;
    blocks.push({
      xml: BODY_MARK,
      box: {
        top: table.row + 1,
        left: table.column,
        bottom: table.row + table.rows.length,
        right: table.column + table.header.length - 1,
      },
    });
    bodies.push(sink.bytes());
  }
  const encoder = new TextEncoder();
  const pieces = spliceRows(sheetXml, blocks)
    .split(BODY_MARK)
    .map((text) => encoder.encode(text));
  // spliceRows puts blocks in from the lowest up; the marks, read top down, are in the rows' order.
  const order = blocks.map((block, k) => ({ top: block.box.top, body: bodies[k] }));
  order.sort((a, b) => a.top - b.top);
  const out = new Uint8Array(
    pieces.reduce((n, p) => n + p.length, 0) + bodies.reduce((n, b) => n + b.length, 0)
  );
  let at = 0;
  pieces.forEach((piece, k) => {
    out.set(piece, at);
    at += piece.length;
    if (k < order.length) {
      out.set(order[k].body, at);
      at += order[k].body.length;
    }
  });
  return out;
}

/** JSZip's deflate, where the platform gives no native one (the browser). */
function deflateWithJsZip(parts: PackageParts): Promise<Uint8Array> {
  const zip = new JSZip();
  for (const { name, data } of parts.entries()) zip.file(name, data);
  return zip.generateAsync({ type: "uint8array", ...PACKAGE_DEFLATE });
}

/**
 * Serialises the workbook, puts in the deferred tables' body rows and adds the native charts. The
 * package is compressed once: when parts are to be changed ExcelJS stores them uncompressed, so
 * reopening them costs no inflate and only the final package is deflated, by `compressor` when the
 * platform gives a native one (the CLI: Node's zlib), else by JSZip.
 */
export async function writePackage(
  workbook: ExcelJS.Workbook,
  sheetCharts: SheetCharts[],
  bodies: SheetBodies[] = [],
  compressor?: ZipCompressor
): Promise<Uint8Array> {
  const withBodies = bodies.filter((b) => b.tables.length > 0);
  const hasCharts = sheetCharts.some((s) => s.charts.length > 0);
  const deflateOnce = hasCharts || withBodies.length > 0 || compressor !== undefined;
  const written = await workbook.xlsx.writeBuffer({
    zip: deflateOnce ? { compression: "STORE" } : PACKAGE_DEFLATE,
  });
  if (!deflateOnce) return new Uint8Array(written);
  const parts = PackageParts.fromStoredZip(new Uint8Array(written));
  if (withBodies.length > 0) await addBodies(parts, withBodies);
  if (hasCharts) await addChartsToZip(parts, sheetCharts);
  return compressor ? writeZip(parts.entries(), compressor) : deflateWithJsZip(parts);
}
