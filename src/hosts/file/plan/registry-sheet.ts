/**
 * The add-in's record of its output sheets lives in a very hidden sheet: Excel, LibreOffice,
 * openpyxl and ExcelJS all carry a sheet over (a custom XML part would need zip surgery on every
 * read and write, and LibreOffice drops it), and users cannot unhide it from Excel's menus.
 * LibreOffice turns it into a merely hidden sheet, so its state proves nothing.
 */
export const REGISTRY_SHEET_NAME = "_tiersheet";

/** A1 of the registry sheet: the sheet is ours only with this marker (a user may own "_tiersheet"). */
export const REGISTRY_MARKER = "tiersheet-output-sheets";

/** 2: sheets are found by the marker inside each; 1 recorded sheet ids. */
export const REGISTRY_VERSION = 2;

/** The plan key the registry sheet's own marker names (sheet-marker.ts). */
export const REGISTRY_KEY = "registry";
