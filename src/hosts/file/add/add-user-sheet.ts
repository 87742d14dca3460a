import type { PlanCell, PlanSheet, PlanSheetKey } from "../../../engine/plan/workbook-plan";
import { isCellError, type CellValue } from "../../../engine/table/cell";
import type { ZipCodec } from "../xlsx/zip-codec";
import { applyPlanByParts } from "./apply-plan-by-parts";

/** A row value as a planned cell: dates as 1900-system serials shown as dates, errors as their text. */
function plannedCell(row: number, column: number, value: CellValue): PlanCell | null {
  if (value === null) return null;
  if (value instanceof Date)
    return { row, column, value: value.getTime() / 86_400_000 + 25569, format: "yyyy-mm-dd" };
  if (isCellError(value)) return { row, column, value: value.error, format: "@" };
  // Text in the "@" format, as a user's text column: typed over later, it stays text.
  if (typeof value === "string") return { row, column, value, format: "@" };
  return { row, column, value };
}

/**
 * Adds a sheet of the user's (a call list) after every other sheet, by adding parts
 * (applyPlanByParts with userSheets): strings are written as inline text, never formulas, so text
 * starting with = + - @ stays text; every original part but the part lists and the styles part
 * (the "@" and date looks appended) is copied byte for byte. Returns the bytes and the name it
 * was given (a taken name gets a number).
 */
export function addUserSheet(
  input: Uint8Array,
  name: string,
  rows: CellValue[][],
  options: { name?: string; compressor?: ZipCodec } = {}
): { bytes: Uint8Array; name: string } {
  const cells: PlanCell[] = [];
  rows.forEach((row, i) =>
    row.forEach((value, j) => {
      const cell = plannedCell(i + 1, j + 1, value);
      if (cell) cells.push(cell);
    })
  );
  const sheet: PlanSheet = {
    key: "user" as PlanSheetKey,
    name,
    tables: [],
    cells,
    charts: [],
    conditionalFormats: [],
    columnWidths: [],
  };
  let written = name;
  const bytes = applyPlanByParts(
    input,
    { sheets: [sheet], highlights: [] },
    {
      ...options,
      userSheets: true,
      onNames: (names) => (written = names[0] ?? name),
    }
  );
  return { bytes, name: written };
}
