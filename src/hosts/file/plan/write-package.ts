import type ExcelJS from "exceljs";
import JSZip from "jszip";
import type { PlanTable } from "../../../engine/plan/workbook-plan";
import { addCellFormats } from "./add-cell-formats";
import { addSharedString } from "./add-shared-string";
import { addChartsToZip, type SheetCharts } from "./add-charts-to-zip";
import { sheetParts } from "./sheet-parts";
import { spliceRows } from "./splice-rows";
import { tableBodyXml } from "./table-body-xml";
import { writeZip, type ZipCompressor, type ZipEntry } from "./write-zip";

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

/** The part ExcelJS writes shared strings to (it exists whenever a table header was written). */
const SHARED_STRINGS_PATH = "xl/sharedStrings.xml";

async function emptyStringIndex(zip: JSZip, bodies: SheetBodies[]): Promise<number | undefined> {
  const part = zip.file(SHARED_STRINGS_PATH);
  const used = bodies.some(({ tables }) => tables.some((t) => t.rows.some((r) => r.includes(""))));
  if (!used || !part) return undefined;
  const { xml, index } = addSharedString(await part.async("string"), "");
  zip.file(SHARED_STRINGS_PATH, xml);
  return index;
}

async function addBodies(zip: JSZip, bodies: SheetBodies[]): Promise<void> {
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
    const blocks = tables.map((table) => ({
      xml: tableBodyXml(table, ids, empty),
      box: {
        top: table.row + 1,
        left: table.column,
        bottom: table.row + table.rows.length,
        right: table.column + table.header.length - 1,
      },
    }));
    // As UTF-8 bytes now: JSZip would hold the (two bytes a character) string until it deflates.
    zip.file(path, new TextEncoder().encode(spliceRows(await part.async("string"), blocks)));
  }
}

/** The package's parts in JSZip's order (ExcelJS's, then the ones added), folders left out. */
async function zipEntries(zip: JSZip): Promise<ZipEntry[]> {
  const entries: ZipEntry[] = [];
  for (const [name, file] of Object.entries(zip.files)) {
    if (!file.dir) entries.push({ name, data: await file.async("uint8array") });
  }
  return entries;
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
  const zip = await JSZip.loadAsync(written);
  if (withBodies.length > 0) await addBodies(zip, withBodies);
  if (hasCharts) await addChartsToZip(zip, sheetCharts);
  if (compressor) return writeZip(await zipEntries(zip), compressor);
  return zip.generateAsync({ type: "uint8array", ...PACKAGE_DEFLATE });
}
