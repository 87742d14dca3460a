import { promises as fs } from "fs";
import type { WorkbookData } from "../../engine/table/sheet";
import { buildXlsx, type BuildXlsxOptions } from "./build-xlsx";
import { NODE_ZIP_CODEC } from "./node-zip-codec";

/**
 * Writes sheets to an .xlsx file (see buildXlsx). The bytes are built first so that a failure
 * leaves no half-written file behind.
 */
export async function writeWorkbookXlsx(
  workbook: WorkbookData,
  path: string,
  options: BuildXlsxOptions = {}
): Promise<void> {
  const bytes = await buildXlsx(workbook, { codec: NODE_ZIP_CODEC, ...options });
  await fs.writeFile(path, bytes);
}
