import { columnIndex, columnLetter } from "../../../engine/table/column-letter";
import { expandSharedFormulas, type SharedMaster } from "./expand-shared-formulas";
import { widenDimension } from "./widen-dimension";
import { escapeXmlText } from "./xml-escape";

/** One cell's new value, as the sheet part will hold it. */
export interface CellEdit {
  /** 1-based row and column. */
  row: number;
  column: number;
  value: string | number | boolean;
  /** A date serial (in the workbook's date system) that needs a date style. */
  date?: boolean;
}

export interface SheetCellsEdited {
  xml: string;
  /** Cells that held a formula and now hold a value (a calculation chain may list them). */
  formulasRemoved: string[];
  /**
   * Cells that were the first of a shared formula other cells point to: those cells now hold the
   * formula themselves (expand-shared-formulas.ts).
   */
  sharedFormulaMasters: string[];
}

const SHEET_DATA = /<(\w+:)?sheetData\b[^>]*?(\/>|>)/;
const ROW = /<(\w+:)?row\b([^>]*?)(?:\/>|>([\s\S]*?)<\/\1row>)/g;
const CELL = /<(\w+:)?c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/\1c>)/g;
const REF = /\sr="\$?([A-Za-z]{1,3})\$?(\d+)"/;

function attribute(attrs: string, name: string): string | undefined {
  return new RegExp(`\\s${name}="([^"]*)"`).exec(attrs)?.[1];
}

/**
 * A cell's new XML in the part's own prefix: numbers as <v>, booleans as t="b", text inline
 * (t="inlineStr", so the shared strings part stays as it was); the style given (the cell's own
 * s, or a date style) is kept; nothing else of the old cell (formula, value metadata) is.
 */
function cellXml(p: string, edit: CellEdit, style: string | undefined): string {
  const ref = `${columnLetter(edit.column - 1)}${edit.row}`;
  const s = style !== undefined ? ` s="${style}"` : "";
  if (typeof edit.value === "number")
    return `<${p}c r="${ref}"${s}><${p}v>${edit.value}</${p}v></${p}c>`;
  if (typeof edit.value === "boolean")
    return `<${p}c r="${ref}"${s} t="b"><${p}v>${edit.value ? 1 : 0}</${p}v></${p}c>`;
  const space = /^\s|\s$/.test(edit.value) ? ' xml:space="preserve"' : "";
  return (
    `<${p}c r="${ref}"${s} t="inlineStr"><${p}is><${p}t${space}>${escapeXmlText(edit.value)}` +
    `</${p}t></${p}is></${p}c>`
  );
}

/**
 * A worksheet part with the listed cells' values replaced, edited in place: every other byte of
 * the part (other cells, rows' attributes but an edited row's spans hint, the dimension when a
 * cell falls outside it, columns, merges, validations, extensions) stays as written. A missing cell or row is created in its place in
 * order. `styleFor` gives the style of an edited cell from its present s (undefined for none).
 */
export function editSheetCells(
  xml: string,
  edits: readonly CellEdit[],
  styleFor: (edit: CellEdit, present: string | undefined) => string | undefined
): SheetCellsEdited {
  const formulasRemoved: string[] = [];
  const sharedFormulaMasters: string[] = [];
  const masters = new Map<string, SharedMaster>();
  const data = SHEET_DATA.exec(xml);
  if (!data) throw new Error("the sheet part has no sheetData");
  const p = data[1] ?? "";
  const byRow = new Map<number, Map<number, CellEdit>>();
  for (const edit of edits) {
    const row = byRow.get(edit.row) ?? new Map<number, CellEdit>();
    row.set(edit.column, edit); // a later write of the same cell wins
    byRow.set(edit.row, row);
  }
  const wanted = [...byRow.keys()].sort((a, b) => a - b);
  const newRow = (n: number) => {
    const cells = [...(byRow.get(n) ?? new Map<number, CellEdit>()).values()]
      .sort((a, b) => a.column - b.column)
      .map((e) => cellXml(p, e, styleFor(e, undefined)))
      .join("");
    return `<${p}row r="${n}">${cells}</${p}row>`;
  };

  const editRow = (n: number, attrs: string, inner: string): string => {
    const edits = byRow.get(n) as Map<number, CellEdit>;
    const pending = [...edits.values()].sort((a, b) => a.column - b.column);
    let out = "";
    let last = 0;
    let column = 0;
    for (const m of inner.matchAll(CELL)) {
      const ref = REF.exec(m[2]);
      column = ref ? (columnIndex(ref[1].toUpperCase()) ?? column) + 1 : column + 1;
      while (pending.length > 0 && pending[0].column < column) {
        const e = pending.shift() as CellEdit;
        out += inner.slice(last, m.index) + cellXml(p, e, styleFor(e, undefined));
        last = m.index as number;
      }
      if (pending.length > 0 && pending[0].column === column) {
        const e = pending.shift() as CellEdit;
        const body = m[3] ?? "";
        const formula = /<(\w+:)?f\b([^>]*?)(?:\/>|>([\s\S]*?)<\/\1f>)/.exec(body);
        const address = `${columnLetter(column - 1)}${n}`;
        if (formula) {
          formulasRemoved.push(address);
          const si = attribute(formula[2], "si");
          if (/\bt="shared"/.test(formula[2]) && /\sref="/.test(formula[2]) && si !== undefined) {
            sharedFormulaMasters.push(address);
            masters.set(si, { xmlText: formula[3] ?? "", row: n, column });
          }
        }
        out += inner.slice(last, m.index) + cellXml(p, e, styleFor(e, attribute(m[2], "s")));
        last = (m.index as number) + m[0].length;
      }
    }
    // Cells past the last one: before a trailing extLst, if any.
    const tail = inner.slice(last);
    const ext = tail.search(/<(\w+:)?extLst\b/);
    const rest = pending.map((e) => cellXml(p, e, styleFor(e, undefined))).join("");
    out += ext >= 0 ? tail.slice(0, ext) + rest + tail.slice(ext) : tail + rest;
    // spans is a hint of the row's first and last columns; a new cell may fall outside it.
    return `<${p}row${attrs.replace(/\sspans="[^"]*"/, "")}>${out}</${p}row>`;
  };

  const start = (data.index as number) + data[0].length;
  if (data[2] === "/>") {
    const rows = wanted.map(newRow).join("");
    const open = data[0].slice(0, -2) + ">";
    return {
      xml: widenDimension(
        xml.slice(0, data.index) + open + rows + `</${p}sheetData>` + xml.slice(start),
        edits
      ),
      formulasRemoved,
      sharedFormulaMasters,
    };
  }
  const end = xml.indexOf(`</${p}sheetData>`, start);
  if (end < 0) throw new Error("the sheet part's sheetData is not closed");
  const body = xml.slice(start, end);
  let out = "";
  let last = 0;
  let rowNumber = 0;
  let next = 0; // index into wanted
  for (const m of body.matchAll(ROW)) {
    const r = attribute(m[2], "r");
    rowNumber = r !== undefined ? Number(r) : rowNumber + 1;
    while (next < wanted.length && wanted[next] < rowNumber) {
      out += body.slice(last, m.index) + newRow(wanted[next++]);
      last = m.index as number;
    }
    if (next < wanted.length && wanted[next] === rowNumber) {
      next++;
      out += body.slice(last, m.index) + editRow(rowNumber, m[2], m[3] ?? "");
      last = (m.index as number) + m[0].length;
    }
  }
  out += body.slice(last) + wanted.slice(next).map(newRow).join("");
  return {
    // A cell written outside the declared used range widens it (widen-dimension.ts).
    xml: expandSharedFormulas(
      widenDimension(xml.slice(0, start) + out + xml.slice(end), edits),
      masters
    ),
    formulasRemoved,
    sharedFormulaMasters,
  };
}
