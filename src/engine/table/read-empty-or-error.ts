import { isCellError, isEmptyCell, type CellValue } from "./cell";
import type { ReadCell } from "./table";

const EMPTY_NULL: ReadCell = Object.freeze({ raw: null, status: "empty", value: null });

/**
 * What every reader does first: an Excel error reads as status "error", an empty cell (null, undefined
 * from a short row, white space) as "empty"; anything else gives null and the reader carries on.
 */
export function readEmptyOrError(raw: CellValue | undefined): ReadCell | null {
  // Most empty cells are null: share one frozen result instead of allocating a million of them.
  if (raw === null || raw === undefined) return EMPTY_NULL;
  if (isCellError(raw)) return { raw, status: "error", value: null };
  if (isEmptyCell(raw)) return { raw, status: "empty", value: null };
  return null;
}
