import { textWidth } from "./text-width";
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
    for (const row of table.rows) {
      row.forEach((value, c) => {
        if (value === null) return;
        const shown = shownText(value, table.formats[c] ?? null);
        // Formatted numbers are ASCII: their length is their width, without a look at each character.
        widen(offset + c, (typeof value === "number" ? shown.length : textWidth(shown)) + MARGIN);
      });
    }
  }
  return widths;
}
