import type { CellValue } from "../../engine/table/cell";
import type { RowSource } from "../../engine/table/row-source";
import type { SheetData } from "../../engine/table/sheet";

/**
 * A sheet read from `source`: the engine reads its records from the source, and `rows` is built from
 * it when first read, then kept (and replaceable like any rows), so that only a face that shows or
 * copies the whole sheet (the pane's preview, an .xlsx written from a CSV) pays for an array per row.
 * The source is no enumerable property: a sheet compares, prints and copies as its rows, and a copy
 * made by spreading is a plain sheet.
 */
export function sourceSheet(
  sheet: Omit<SheetData, "rows" | "source">,
  source: RowSource
): SheetData {
  const keep = (target: object, rows: CellValue[][]): void => {
    Object.defineProperty(target, "rows", {
      value: rows,
      writable: true,
      enumerable: true,
      configurable: true,
    });
  };
  const out = { ...sheet } as SheetData;
  Object.defineProperty(out, "rows", {
    get(this: SheetData): CellValue[][] {
      const rows = source.rows();
      keep(this, rows);
      return rows;
    },
    set(this: SheetData, rows: CellValue[][]) {
      keep(this, rows);
    },
    enumerable: true,
    configurable: true,
  });
  Object.defineProperty(out, "source", { value: source, enumerable: false });
  return out;
}
