/**
 * The size of an Excel sheet, once for every host and plan: a part written past either is a file
 * Excel "repairs", and a reader given a cell past either is reading a damaged part.
 */
export const EXCEL_ROWS = 1_048_576;
export const EXCEL_COLUMNS = 16_384;
