import { isCellError, type CellValue } from "../../table/cell";
import { heldIndexes, SPARSE_PAST } from "../../table/held-indexes";
import { HASH_BITS } from "./first-equal";
import { FNV_OFFSET, mix, mixNumber, mixText } from "./fnv";

function isBlankText(raw: CellValue | undefined): boolean {
  if (raw === null) return true;
  if (typeof raw !== "string") return false;
  // Most text starts with a printable ASCII character, which trim() never removes: no trim() call
  // (and no scan from the end) for a million names and ids.
  const c = raw.length === 0 ? 0 : raw.charCodeAt(0);
  if (c > 0x20 && c < 0x7f) return false;
  return raw.trim() === "";
}

function mixCell(h: number, raw: CellValue | undefined): number {
  // A hole in a sparse row reads as undefined, which a host never hands in as a cell.
  if (raw === undefined) return mix(h, 1);
  if (typeof raw === "number") return mixNumber(mix(h, 4), raw);
  if (typeof raw === "string") return isBlankText(raw) ? mix(h, 2) : mixText(mix(h, 5), raw);
  if (raw === null) return mix(h, 2);
  if (raw instanceof Date) return mixNumber(mix(h, 3), raw.getTime());
  if (typeof raw === "boolean") return mix(h, raw ? 6 : 7);
  if (isCellError(raw)) return mixText(mix(h, 8), String(raw.error));
  return mix(h, 9);
}

/**
 * A hash of a row that agrees with rowKey: rows with the same rowKey (the same cells as typed, empty
 * cells at the end dropped) have the same hash, so duplicate-row can group rows by this number and
 * build rowKey's string only for rows that share one. Masked with HASH_BITS: a small integer, where
 * the unsigned 32 bits of before were a boxed number (16 bytes of garbage) per row.
 */
export function rowHash(raw: readonly (CellValue | undefined)[]): number {
  if (raw.length > SPARSE_PAST) return longRowHash(raw);
  let end = raw.length;
  // A hole is no blank text (isBlankText(undefined) is false), as rowKey keeps it too.
  while (end > 0 && isBlankText(raw[end - 1])) end--;
  let h = FNV_OFFSET;
  for (let j = 0; j < end; j++) h = mixCell(h, raw[j]);
  return h & HASH_BITS;
}

/**
 * A long row's hash, over the cells it holds that are not blank, each with its column: it agrees
 * with rowKey's key for long rows, and a row reaching column XFD costs its values, not 16,384 steps.
 */
function longRowHash(raw: readonly (CellValue | undefined)[]): number {
  let h = mix(FNV_OFFSET, 10);
  for (const j of heldIndexes(raw)) {
    if (isBlankText(raw[j])) continue;
    h = mixCell(mix(h, j), raw[j]);
  }
  return h & HASH_BITS;
}
