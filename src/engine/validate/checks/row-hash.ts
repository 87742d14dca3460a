import { isCellError, type CellValue } from "../../table/cell";
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
  let end = raw.length;
  while (end > 0 && end - 1 in raw && isBlankText(raw[end - 1])) end--;
  let h = FNV_OFFSET;
  for (let j = 0; j < end; j++) h = mixCell(h, raw[j], j in raw);
  return h >>> 0;
}
