import type ExcelJS from "exceljs";

/**
 * The add-in's record of its output sheets lives in a very hidden sheet: ExcelJS, Excel and
 * LibreOffice all carry a sheet over untouched (a custom XML part would need zip surgery on every
 * read and write, and LibreOffice drops it), and users cannot unhide it from Excel's menus.
 */
export const REGISTRY_SHEET_NAME = "_tiersheet";

/** A1 of the registry sheet: the sheet is ours only with this marker (a user may own "_tiersheet"). */
export const REGISTRY_MARKER = "tiersheet-output-sheets";

export const REGISTRY_VERSION = 1;

/** The registry sheet: very hidden and marked in A1; undefined when the workbook has none. */
export function findRegistrySheet(workbook: ExcelJS.Workbook): ExcelJS.Worksheet | undefined {
  return workbook.worksheets.find(
    (ws) => ws.state === "veryHidden" && ws.getCell(1, 1).value === REGISTRY_MARKER
  );
}
