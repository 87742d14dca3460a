import type { ZipParts } from "./package-parts";
import { readRels } from "./package-rels";
import { tagAttributes } from "./xml-attributes";

/** A sheet of the workbook and the zip path of its part (a worksheet or a chartsheet). */
export interface SheetPart {
  name: string;
  path: string;
}

/** The workbook's sheets in order, each with its part's path, read from workbook.xml and its rels. */
export async function sheetParts(zip: ZipParts): Promise<SheetPart[]> {
  const workbook = zip.file("xl/workbook.xml");
  if (!workbook) return [];
  const rels = new Map((await readRels(zip, "xl/workbook.xml")).map((rel) => [rel.id, rel.target]));
  return tagAttributes(await workbook.async("string"), "sheet").flatMap((a) => {
    const path = rels.get(a["r:id"] ?? "");
    return path && a.name !== undefined ? [{ name: a.name, path }] : [];
  });
}
