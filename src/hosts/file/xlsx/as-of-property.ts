import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";

/**
 * The as-of date a workbook was made for, kept as a custom document property (docProps/custom.xml):
 * a sample's dates run up to it, so scoring the sample on another day would find purchases "in the
 * future". Excel, WPS and LibreOffice keep custom properties when they save, and the add-in's
 * writer copies the part byte for byte, so the date stays with the file.
 */
export const AS_OF_PROPERTY = "TierSheet as-of";

const CUSTOM_PART = "docProps/custom.xml";
const CUSTOM_TYPE = "application/vnd.openxmlformats-officedocument.custom-properties+xml";
const CUSTOM_REL =
  "http://schemas.openxmlformats.org/officeDocument/2006/relationships/custom-properties";
const FMTID = "{D5CDD505-2E9C-101B-9397-08002B2CF9AE}";

/** A package written by buildXlsx (no custom part of its own yet) with the as-of date added. */
export function withAsOfProperty(bytes: Uint8Array, iso: string): Uint8Array {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(iso)) throw new Error(`not a date: ${iso}`);
  const parts = unzipSync(bytes);
  if (parts[CUSTOM_PART]) throw new Error("the workbook already has custom properties");
  parts[CUSTOM_PART] = strToU8(
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
      `<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" ` +
      `xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">` +
      `<property fmtid="${FMTID}" pid="2" name="${AS_OF_PROPERTY}"><vt:lpwstr>${iso}</vt:lpwstr></property>` +
      `</Properties>`
  );
  const rels = strFromU8(parts["_rels/.rels"]);
  parts["_rels/.rels"] = strToU8(
    rels.replace(
      /<\/Relationships>\s*$/,
      `<Relationship Id="rIdTierSheetAsOf" Type="${CUSTOM_REL}" Target="${CUSTOM_PART}"/></Relationships>`
    )
  );
  const types = strFromU8(parts["[Content_Types].xml"]);
  parts["[Content_Types].xml"] = strToU8(
    types.replace(
      /<\/Types>\s*$/,
      `<Override PartName="/${CUSTOM_PART}" ContentType="${CUSTOM_TYPE}"/></Types>`
    )
  );
  return zipSync(parts, { level: 6 });
}

/** The as-of date ("YYYY-MM-DD") recorded in an .xlsx package, or null when there is none. */
export function readAsOfProperty(bytes: Uint8Array): string | null {
  let parts: Record<string, Uint8Array>;
  try {
    parts = unzipSync(bytes, { filter: (file) => file.name === CUSTOM_PART });
  } catch {
    return null;
  }
  const xml = parts[CUSTOM_PART] ? strFromU8(parts[CUSTOM_PART]) : "";
  for (const m of xml.matchAll(/<(?:\w+:)?property\b([^>]*)>([\s\S]*?)<\/(?:\w+:)?property>/g)) {
    if (/\bname="([^"]*)"/.exec(m[1])?.[1] !== AS_OF_PROPERTY) continue;
    const value = /<(?:\w+:)?lpwstr>\s*(\d{4}-\d{2}-\d{2})\s*</.exec(m[2]);
    return value ? value[1] : null;
  }
  return null;
}
