import type { PlanTable, PlanValue } from "../../../engine/plan/workbook-plan";
import { columnLetter } from "../../../engine/table/column-letter";
import { escapeXml } from "./charts/chart-xml";
import { isBlankValue } from "./write-value";
import type { ByteSink } from "./byte-sink";

/** Text Excel would take for a formula if it were typed (as in writeValue): = + - @ first. */
function formulaLike(text: string): boolean {
  const c = text.charCodeAt(0);
  return c === 0x3d || c === 0x2b || c === 0x2d || c === 0x40;
}

/** Printable ASCII and CJK ideographs are never white space: most cells skip the regex. */
function surelyNotSpace(c: number): boolean {
  return (c > 0x20 && c < 0x7f) || (c >= 0x4e00 && c <= 0x9fff);
}

/** Text that starts or ends with white space, which Excel keeps only with xml:space="preserve". */
function hasEdgeSpace(text: string): boolean {
  if (surelyNotSpace(text.charCodeAt(0)) && surelyNotSpace(text.charCodeAt(text.length - 1)))
    return false;
  return /^\s|\s$/.test(text);
}

/** Most values need no escaping; one test is cheaper than escapeXml's six replaces per cell. */
// eslint-disable-next-line no-control-regex
const NEEDS_ESCAPE = /[&<>"'\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/;

/** ` s="7"`, or nothing for the default style. */
function styleAttribute(id: number | undefined): string {
  return id ? ` s="${id}"` : "";
}

/** How a column's cells are written: its style for values, and the text style for formula-like text. */
interface ColumnStyle {
  value: string;
  text: string;
}

function cellXml(
  ref: string,
  value: PlanValue,
  style: ColumnStyle,
  emptyStringId: number | undefined
): string {
  if (typeof value === "number") return `<c r="${ref}"${style.value}><v>${value}</v></c>`;
  if (typeof value === "boolean")
    return `<c r="${ref}"${style.value} t="b"><v>${value ? 1 : 0}</v></c>`;
  if (value === "" && emptyStringId !== undefined) {
    return `<c r="${ref}"${style.value} t="s"><v>${emptyStringId}</v></c>`;
  }
  const text = value as string;
  const s = formulaLike(text) ? style.text : style.value;
  const space = hasEdgeSpace(text) ? ' xml:space="preserve"' : "";
  const escaped = NEEDS_ESCAPE.test(text) ? escapeXml(text) : text;
  return `<c r="${ref}"${s} t="inlineStr"><is><t${space}>${escaped}</t></is></c>`;
}

/**
 * Writes the `<row>` elements of a planned table's body into `sink`, as writeTable would have them
 * written through ExcelJS but without a cell object per value: strings inline, formula-like text with
 * the "@" format, every other value with its column's format; blanks make no cell, empty rows no row.
 * `styleIds` maps a number format code (and "@") to its cellXfs index; `emptyStringId`, the index
 * of "" in the shared strings, writes "" as that (an empty inline string reads back as no value).
 */
export function writeTableBody(
  sink: ByteSink,
  table: PlanTable,
  styleIds: ReadonlyMap<string, number>,
  emptyStringId?: number
): void {
  const width = table.header.length;
  const letters = table.header.map((_, c) => columnLetter(table.column - 1 + c));
  const text = styleAttribute(styleIds.get("@"));
  const styles: ColumnStyle[] = table.header.map((_, c) => {
    const format = table.formats[c];
    return { value: styleAttribute(format ? styleIds.get(format) : undefined), text };
  });
  for (let r = 0; r < table.rows.length; r++) {
    const values = table.rows[r];
    const number = table.row + 1 + r;
    let cells = "";
    for (let c = 0; c < values.length && c < width; c++) {
      const value = values[c];
      if (isBlankValue(value)) continue;
      cells += cellXml(letters[c] + number, value, styles[c], emptyStringId);
    }
    if (cells) sink.write(`<row r="${number}">${cells}</row>`);
  }
}
