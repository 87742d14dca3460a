import type { CellValue } from "./cell";
import type { SheetData } from "./sheet";

/**
 * The sheet's first `count` rows (fewer when it has fewer), for looking for its header: a sheet read
 * from its source reads only those, instead of building every row.
 */
export function sheetHead(sheet: SheetData, count: number): readonly (CellValue[] | undefined)[] {
  return sheet.source === undefined ? sheet.rows : sheet.source.head(count);
}
