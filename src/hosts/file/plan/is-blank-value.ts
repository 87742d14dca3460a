import type { PlanValue } from "../../../engine/plan/workbook-plan";

/** A planned value that writes no cell (null, or a number with no value such as NaN). */
export function isBlankValue(value: PlanValue): boolean {
  return value === null || (typeof value === "number" && !Number.isFinite(value));
}
