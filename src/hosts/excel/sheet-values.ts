import { dayFromDate, excelSerialFromDay } from "../../engine/day";
import { isCellError, type CellValue } from "../../engine/table/cell";

/** A rectangle of values for one range write, and the number format each cell needs first. */
export interface SheetValues {
  values: (string | number | boolean)[][];
  formats: string[][];
  width: number;
}

/**
 * Rows as one rectangular range: rows padded to the widest with "", strings formatted "@" (so "001"
 * or "=x" stay text), dates as date serials formatted yyyy-mm-dd, errors as their text.
 */
export function sheetValues(rows: readonly (readonly CellValue[])[]): SheetValues {
  const width = Math.max(1, ...rows.map((r) => r.length));
  const values: (string | number | boolean)[][] = [];
  const formats: string[][] = [];
  for (const row of rows) {
    const v: (string | number | boolean)[] = [];
    const f: string[] = [];
    for (let j = 0; j < width; j++) {
      const cell: CellValue = row[j] ?? null;
      if (cell instanceof Date) {
        const day = dayFromDate(cell);
        v.push(day === null ? "" : excelSerialFromDay(day));
        f.push(day === null ? "@" : "yyyy-mm-dd");
      } else if (isCellError(cell)) {
        v.push(cell.error);
        f.push("@");
      } else if (typeof cell === "number" && Number.isFinite(cell)) {
        v.push(cell);
        f.push("General");
      } else if (typeof cell === "boolean") {
        v.push(cell);
        f.push("General");
      } else {
        v.push(typeof cell === "string" ? cell : "");
        f.push("@");
      }
    }
    values.push(v);
    formats.push(f);
  }
  return { values, formats, width };
}
