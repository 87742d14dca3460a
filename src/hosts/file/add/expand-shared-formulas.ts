import { columnIndex } from "../../../engine/table/column-letter";
import { decodeXmlText } from "../xlsx/decode-xml-text";
import { shiftFormula } from "./shift-formula";
import { escapeXmlText } from "./xml-escape";

/** The first cell of a shared formula, whose text the other cells of the formula point to. */
export interface SharedMaster {
  /** The formula as the master's <f> holds it (XML-escaped). */
  xmlText: string;
  row: number;
  column: number;
}

const ROW = /<(\w+:)?row\b([^>]*?)(?:\/>|>([\s\S]*?)<\/\1row>)/g;
const CELL = /<(\w+:)?c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/\1c>)/g;
const SHARED_F = /<(\w+:)?f\b([^>]*?)(?:\/>|>\s*<\/\1f>)/;
const REF = /\sr="\$?([A-Za-z]{1,3})\$?(\d+)"/;

function attribute(attrs: string, name: string): string | undefined {
  return new RegExp(`\\s${name}="([^"]*)"`).exec(attrs)?.[1];
}

/**
 * A sheet part in which every cell pointing to a shared formula whose master lost it (a fix wrote a
 * value there) holds that formula itself, moved to its own place as Excel reads it: the cells keep
 * computing what they computed, in any program, with no master to point to. Other bytes are kept.
 */
export function expandSharedFormulas(
  xml: string,
  masters: ReadonlyMap<string, SharedMaster>
): string {
  if (masters.size === 0) return xml;
  const start = xml.search(/<(\w+:)?sheetData\b/);
  const end = xml.search(/<\/(\w+:)?sheetData>/);
  if (start < 0 || end < start) return xml;
  let rowNumber = 0;
  const data = xml
    .slice(start, end)
    .replace(ROW, (row, p: string | undefined, rowAttrs: string, inner?: string) => {
      const r = attribute(rowAttrs, "r");
      rowNumber = r !== undefined ? Number(r) : rowNumber + 1;
      if (inner === undefined || inner.indexOf("shared") < 0) return row;
      let column = 0;
      const cells = inner.replace(
        CELL,
        (cell, q: string | undefined, attrs: string, body?: string) => {
          const ref = REF.exec(attrs);
          column = ref ? (columnIndex(ref[1].toUpperCase()) ?? column) + 1 : column + 1;
          if (body === undefined) return cell;
          const f = SHARED_F.exec(body);
          if (!f || attribute(f[2], "t") !== "shared") return cell;
          const master = masters.get(attribute(f[2], "si") ?? "");
          if (!master) return cell;
          const text = shiftFormula(
            decodeXmlText(master.xmlText),
            rowNumber - master.row,
            column - master.column
          );
          const kept = f[2].replace(/\s(t|si|ref)="[^"]*"/g, "");
          const fp = f[1] ?? "";
          const own = `<${fp}f${kept}>${escapeXmlText(text)}</${fp}f>`;
          const at = f.index as number;
          const newBody = body.slice(0, at) + own + body.slice(at + f[0].length);
          return `<${q ?? ""}c${attrs}>${newBody}</${q ?? ""}c>`;
        }
      );
      return `<${p ?? ""}row${rowAttrs}>${cells}</${p ?? ""}row>`;
    });
  return xml.slice(0, start) + data + xml.slice(end);
}
