import { isCellError, type CellValue } from "../../table/cell";
import { heldIndexes, SPARSE_PAST } from "../../table/held-indexes";
import { FNV_OFFSET, mix, mixNumber, mixText } from "./fnv";

function isBlankText(raw: CellValue | undefined): boolean {
  return raw === null || (typeof raw === "string" && raw.trim() === "");
}

function mixCell(h: number, raw: CellValue | undefined, present: boolean): number {
  if (!present) return mix(h, 1);
  if (isBlankText(raw)) return mix(h, 2);
  if (raw instanceof Date) return mixNumber(mix(h, 3), raw.getTime());
  if (typeof raw === "number") return mixNumber(mix(h, 4), raw);
  if (typeof raw === "string") return mixText(mix(h, 5), raw);
  if (typeof raw === "boolean") return mix(h, raw ? 6 : 7);
  if (raw !== undefined && isCellError(raw)) return mixText(mix(h, 8), String(raw.error));
  return mix(h, 9);
}

/**
 * A 32-bit hash of a row that agrees with rowKey: rows with the same rowKey (the same cells as
 * typed, empty cells at the end dropped) have the same hash, so duplicate-row can group rows by this
 * number and build rowKey's string only for rows that share one.
 */
export function rowHash(raw: readonly (CellValue | undefined)[]): number {
  if (raw.length > SPARSE_PAST) return longRowHash(raw);
  let end = raw.length;
  while (end > 0 && end - 1 in raw && isBlankText(raw[end - 1])) end--;
  let h = FNV_OFFSET;
  for (let j = 0; j < end; j++) h = mixCell(h, raw[j], j in raw);
  return h >>> 0;
}

/**
 * A long row's hash, over the cells it holds that are not blank, each with its column: it agrees
 * with rowKey's key for long rows, and a row reaching column XFD costs its values, not 16,384 steps.
 */
function longRowHash(raw: readonly (CellValue | undefined)[]): number {
  let h = mix(FNV_OFFSET, 10);
  for (const j of heldIndexes(raw)) {
    if (isBlankText(raw[j])) continue;
    h = mixCell(mix(h, j), raw[j], true);
  }
  return h >>> 0;
}
