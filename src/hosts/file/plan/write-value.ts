import type ExcelJS from "exceljs";
import type { PlanValue } from "../../../engine/plan/workbook-plan";
import type { PlanStyles } from "./plan-styles";

/** Text Excel would take for a formula if it were typed. */
const FORMULA_LIKE = /^[=+\-@]/;

/** True when writeValue would leave the cell alone (callers then need not create it). */
export function isBlankValue(value: PlanValue): boolean {
  return value === null || (typeof value === "number" && !Number.isFinite(value));
}

/**
 * Writes a planned value: strings always as text, never formulas (ExcelJS stores a string as a
 * string; a formula-like one also gets the "@" format unless it has a look of its own, such as a
 * header), numbers and booleans as themselves with the given style (else the shared plain one);
 * nothing for a blank value.
 */
export function writeValue(
  cell: ExcelJS.Cell,
  value: PlanValue,
  style: Partial<ExcelJS.Style> | undefined,
  styles: PlanStyles
): void {
  if (isBlankValue(value)) return;
  cell.value = value;
  const formulaLike = typeof value === "string" && FORMULA_LIKE.test(value);
  const chosen = formulaLike && !style?.font ? styles.text : style;
  cell.style = chosen ?? styles.plain;
}
