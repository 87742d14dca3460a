/** Keys the add-in uses in workbook.settings; each value is versioned JSON. */
export const SETTINGS_KEY = "tiersheet";
/** The add-in's output sheets by PlanSheetKey, by workbook id (never by name). */
export const SHEETS_KEY = "tiersheet.sheets";
/** The fills that highlights covered, to put back. */
export const HIGHLIGHTS_KEY = "tiersheet.highlights";
