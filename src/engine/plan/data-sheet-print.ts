import type { PlanPrint } from "./workbook-plan";

/**
 * How a sheet of one row per customer prints: A4 landscape at actual size (fitted to one page wide,
 * twenty columns would be too small to read), the header rows on every page, the id column(s) on
 * every page across, and the grid printed. Without the grid a number flush right beside a label
 * flush left ("2" then "influential", "5" then "Champions") reads on paper as one cell.
 */
export function dataSheetPrint(headerRow: number, titleColumns?: string): PlanPrint {
  return {
    paper: "A4",
    orientation: "landscape",
    fitToWidth: false,
    titleRows: `1:${headerRow}`,
    ...(titleColumns ? { titleColumns } : {}),
    gridLines: true,
  };
}
