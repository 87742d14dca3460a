import { isoFromDay } from "../day";
import { parseDateText } from "./parse-date-text";
import { fixedCell, invalidCell, okCell } from "./read-result";
import type { ReadCell } from "./table";

// A sheet of a million rows holds a few thousand distinct date texts: parse each once and share its
// frozen ReadCell (equal texts read alike; the raw text is the same string value). Bounded, so that a
// sheet of all-different texts cannot grow it without end.
const CACHE_LIMIT = 50_000;
const cache = new Map<string, ReadCell>();

function freezeCell(cell: ReadCell): ReadCell {
  if (cell.fix) Object.freeze(cell.fix);
  return Object.freeze(cell);
}

/**
 * A date field's cell holding text, read by parseDateText: ok for ISO and compact dates as they
 * stand, "fixed" with the ISO text for a generous reading, invalid otherwise. The result is frozen
 * and shared between cells holding the same text.
 */
export function dateTextCell(raw: string): ReadCell {
  const cached = cache.get(raw);
  if (cached !== undefined) return cached;
  const parsed = parseDateText(raw);
  const cell =
    parsed.day === null
      ? invalidCell(raw, parsed.problem)
      : parsed.reading === null
        ? okCell(raw, parsed.day)
        : fixedCell(raw, parsed.day, isoFromDay(parsed.day), parsed.reading);
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(raw, freezeCell(cell));
  return cell;
}
