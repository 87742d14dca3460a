import { isoFromDay } from "../day";
import { cellText } from "../table/cell-text";
import type { ReadCell } from "../table/table";
import type { TemplateField } from "../template/types";

/**
 * The value of a cell as a message shows it: the read value (dates as "YYYY-MM-DD") when the cell
 * was readable, else the text the cell shows.
 */
export function showValue(field: TemplateField, cell: ReadCell): string {
  if (cell.value === null) return cellText(cell.raw);
  if (field.type === "date" && typeof cell.value === "number") return isoFromDay(cell.value);
  return String(cell.value);
}
