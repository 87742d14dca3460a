import { zipSync, strToU8 } from "fflate";

const CONTENT_TYPES = `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/></Types>`;
const ROOT_RELS = `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`;

/** A hand-made package: one sheet's XML, and optionally shared strings, styles and extra parts. */
export function packageOf(options: {
  sheet: string;
  workbookPr?: string;
  sharedStrings?: string;
  styles?: string;
  extra?: Record<string, Uint8Array>;
  relNs?: string;
  prefix?: string;
}): Uint8Array {
  const ns = options.relNs ?? "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
  const p = options.prefix ?? "";
  const x = p ? `xmlns:${p.slice(0, -1)}` : "xmlns";
  const rels = [
    `<Relationship Id="rId1" Type="${ns}/worksheet" Target="worksheets/sheet1.xml"/>`,
    options.sharedStrings
      ? `<Relationship Id="rId2" Type="${ns}/sharedStrings" Target="/xl/sharedStrings.xml"/>`
      : "",
    options.styles ? `<Relationship Id="rId3" Type="${ns}/styles" Target="styles.xml"/>` : "",
  ].join("");
  const files: Record<string, Uint8Array> = {
    "[Content_Types].xml": strToU8(CONTENT_TYPES),
    "_rels/.rels": strToU8(ROOT_RELS),
    "xl/workbook.xml": strToU8(
      `<${p}workbook ${x}="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="${ns}">${options.workbookPr ?? ""}<${p}sheets><${p}sheet name="Data" sheetId="1" r:id="rId1"/></${p}sheets></${p}workbook>`
    ),
    "xl/_rels/workbook.xml.rels": strToU8(
      `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels}</Relationships>`
    ),
    "xl/worksheets/sheet1.xml": strToU8(
      `<${p}worksheet ${x}="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><${p}sheetData>${options.sheet}</${p}sheetData></${p}worksheet>`
    ),
    ...(options.extra ?? {}),
  };
  if (options.sharedStrings) files["xl/sharedStrings.xml"] = strToU8(options.sharedStrings);
  if (options.styles) files["xl/styles.xml"] = strToU8(options.styles);
  return zipSync(files);
}
