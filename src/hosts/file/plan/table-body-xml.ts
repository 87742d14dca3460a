import type { PlanTable, PlanValue } from "../../../engine/plan/workbook-plan";
import { columnLetter } from "../../../engine/table/column-letter";
import { escapeXml } from "./charts/chart-xml";
import { isBlankValue } from "./write-value";
import type { ByteSink } from "./byte-sink";

/** Text Excel would take for a formula if it were typed (as in writeValue). */
const FORMULA_LIKE = /^[=+\-@]/;

/** Most values need no escaping; one test is cheaper than escapeXml's six replaces per cell. */
// eslint-disable-next-line no-control-regex
const NEEDS_ESCAPE = /[&<>"'\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/;

function cellXml(
  ref: string,
  value: PlanValue,
  styleId: number | undefined,
  textId: number,
  emptyStringId: number | undefined
): string {
  if (value === "" && emptyStringId !== undefined) {
    return `<c r="${ref}"${styleId ? ` s="${styleId}"` : ""} t="s"><v>${emptyStringId}</v></c>`;
  }
  if (typeof value === "string") {
    const s = FORMULA_LIKE.test(value) ? textId : styleId;
    const space = /^\s|\s$/.test(value) ? ' xml:space="preserve"' : "";
    const text = NEEDS_ESCAPE.test(value) ? escapeXml(value) : value;
    return `<c r="${ref}"${s ? ` s="${s}"` : ""} t="inlineStr"><is><t${space}>${text}</t></is></c>`;
  }
  const s = styleId ? ` s="${styleId}"` : "";
  if (typeof value === "boolean") return `<c r="${ref}"${s} t="b"><v>${value ? 1 : 0}</v></c>`;
  return `<c r="${ref}"${s}><v>${String(value)}</v></c>`;
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
  const columnIds = table.header.map((_, c) => {
    const format = table.formats[c];
    return format ? styleIds.get(format) : undefined;
  });
  const textId = styleIds.get("@") ?? 0;
  for (let r = 0; r < table.rows.length; r++) {
    const values = table.rows[r];
    const number = table.row + 1 + r;
    let open = false;
    for (let c = 0; c < values.length && c < width; c++) {
      const value = values[c];
      if (isBlankValue(value)) continue;
      if (!open) sink.write(`<row r="${number}">`);
      open = true;
      sink.write(cellXml(`${letters[c]}${number}`, value, columnIds[c], textId, emptyStringId));
    }
    if (open) sink.write("</row>");
  }
}
