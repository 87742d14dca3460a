import { textWidth } from "./text-width";
import { rowAt } from "./plan-rows";
import { FORMATS, type PlanFormat, type PlanTable, type PlanValue } from "./workbook-plan";

/** Room for the autofilter arrow beside a header, and a margin so text does not touch the grid. */
const FILTER_ROOM = 3;
const MARGIN = 1;
const MIN_WIDTH = 6;
/**
 * A landscape A4 page holds about 140 characters at actual size: up to 120 leaves room for a repeated
 * id column, so the longest sentence on the sheets (the Credit sheet's check, 113 characters in
 * English) prints whole instead of being cut at 80.
 */
const MAX_WIDTH = 120;

/** Formats whose shown text is never shorter for a number of larger size (and the same sign). */
const GROWS_WITH_SIZE = new Set<PlanFormat>([
  FORMATS.money,
  FORMATS.count,
  FORMATS.wholeMoney,
  FORMATS.thousands,
  FORMATS.millions,
  FORMATS.integer,
  FORMATS.percent,
  FORMATS.score,
  FORMATS.ratio,
  FORMATS.date,
]);

function grouped(whole: string): string {
  return whole.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
}

/** The text Excel shows for `value` under `format` (as wide as it is, not locale-exact). */
export function shownText(value: PlanValue, format: PlanFormat | null): string {
  if (value === null) return "";
  if (typeof value !== "number") return String(value);
  const sign = value < 0 ? "-" : "";
  const size = Math.abs(value);
  switch (format) {
    case FORMATS.money: {
      const [whole, fraction] = size.toFixed(2).split(".");
      return `${sign}${grouped(whole)}.${fraction}`;
    }
    case FORMATS.count:
    case FORMATS.wholeMoney:
      return sign + grouped(size.toFixed(0));
    case FORMATS.thousands:
      return `${sign}${grouped((size / 1000).toFixed(0))}k`;
    case FORMATS.millions:
      return `${sign}${grouped((size / 1_000_000).toFixed(1))}M`;
    case FORMATS.integer:
      return sign + size.toFixed(0);
    case FORMATS.percent:
      return `${sign}${(size * 100).toFixed(1)}%`;
    case FORMATS.score:
      return sign + size.toFixed(1);
    case FORMATS.ratio:
      return sign + size.toFixed(2);
    case FORMATS.date:
      return "yyyy-mm-dd";
    default:
      return String(value);
  }
}

/**
 * Column widths (in characters, from column A) that show every header and value of the tables in
 * full: the widest of the header (plus the filter arrow) and the longest shown value, CJK counted
 * double, between 6 and 80. A cut header ("Loss-ma") or a `###` cell misleads a manager (issue 16).
 */
export function fitColumnWidths(tables: readonly PlanTable[]): number[] {
  const widths: number[] = [];
  const widen = (column: number, width: number) => {
    widths[column] = Math.max(widths[column] ?? MIN_WIDTH, Math.min(MAX_WIDTH, width));
  };
  for (const table of tables) {
    const offset = table.column - 1;
    for (let c = 0; c < offset; c++) widen(c, MIN_WIDTH);
    const room = table.autoFilter || table.styledHeader ? FILTER_ROOM : MARGIN;
    table.header.forEach((h, c) => widen(offset + c, textWidth(h) + room));
    // Under a format with fixed decimals a number's shown text only grows with its size: of a
    // column's numbers only the largest and the most negative need formatting, not 100,000 of them.
    const formats = table.header.map((_, c) => table.formats[c] ?? null);
    const sized = formats.map((f) => f !== null && GROWS_WITH_SIZE.has(f));
    const largest = new Float64Array(formats.length).fill(-Infinity);
    const lowest = new Float64Array(formats.length).fill(Infinity);
    const width = table.header.length;
    for (let r = 0; r < table.rows.length; r++) {
      const row = rowAt(table.rows, r);
      const cells = Math.min(row.length, width);
      for (let c = 0; c < cells; c++) {
        const value = row[c];
        if (value === null) continue;
        if (typeof value === "number" && sized[c] && Number.isFinite(value)) {
          if (value >= 0) {
            if (value > largest[c]) largest[c] = value;
          } else if (value < lowest[c]) lowest[c] = value;
          continue;
        }
        const column = offset + c;
        // A text no wider than the column even if every character were wide cannot widen it, and
        // nothing widens a column at the cap.
        const now = widths[column] ?? 0;
        if (now >= MAX_WIDTH) continue;
        if (typeof value === "string" && value.length * 2 + MARGIN <= now) continue;
        const shown = shownText(value, formats[c]);
        // Formatted numbers are ASCII: their length is their width, without a look at each character.
        widen(column, (typeof value === "number" ? shown.length : textWidth(shown)) + MARGIN);
      }
    }
    formats.forEach((format, c) => {
      for (const value of [largest[c], lowest[c]])
        if (Number.isFinite(value)) widen(offset + c, shownText(value, format).length + MARGIN);
    });
  }
  return widths;
}
