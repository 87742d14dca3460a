import JSZip from "jszip";
import { FileReadError, reasonOf } from "./file-error";
import { trimTrailingEmptyRows } from "./trim-sheet-xml";

const WORKSHEET_PART = /^\/?xl\/worksheets\/[^/]+\.xml$/i;

/**
 * Checks the zip is a workbook and drops trailing formatted-but-empty rows from every worksheet
 * before ExcelJS builds its objects; returns the original bytes when nothing needed dropping.
 */
export async function prepareXlsxZip(bytes: Uint8Array, name: string): Promise<Uint8Array> {
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes);
  } catch (error) {
    throw new FileReadError("corrupt", name, { reason: reasonOf(error) });
  }
  if (!zip.file("xl/workbook.xml")) throw new FileReadError("not-a-workbook", name);
  let changed = false;
  for (const entry of Object.values(zip.files)) {
    if (entry.dir || !WORKSHEET_PART.test(entry.name)) continue;
    let xml: string;
    try {
      xml = await entry.async("string");
    } catch (error) {
      throw new FileReadError("corrupt", name, { reason: reasonOf(error) });
    }
    const trimmed = trimTrailingEmptyRows(xml);
    if (trimmed.length !== xml.length) {
      zip.file(entry.name, trimmed);
      changed = true;
    }
  }
  return changed ? zip.generateAsync({ type: "uint8array", compression: "DEFLATE" }) : bytes;
}
