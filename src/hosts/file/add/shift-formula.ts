import { EXCEL_COLUMNS, EXCEL_ROWS } from "../../../engine/excel-limits";
import { columnIndex, columnLetter } from "../../../engine/table/column-letter";

const CELL = /^(\$?)([A-Za-z]{1,3})(\$?)(\d{1,7})$/;
const COLUMN = /^(\$?)([A-Za-z]{1,3})$/;
const ROW = /^(\$?)(\d{1,7})$/;

function isWordChar(c: string | undefined): boolean {
  return c !== undefined && /[A-Za-z0-9_.$\\\u0080-\uffff]/.test(c);
}

function movedColumn(dollar: string, letters: string, by: number): string | null {
  const at = columnIndex(letters.toUpperCase());
  if (at === null) return null;
  const to = dollar ? at : at + by;
  return to < 0 || to >= EXCEL_COLUMNS ? null : `${dollar}${columnLetter(to)}`;
}

function movedRow(dollar: string, digits: string, by: number): string | null {
  const to = dollar ? Number(digits) : Number(digits) + by;
  return to < 1 || to > EXCEL_ROWS ? null : `${dollar}${to}`;
}

/**
 * A formula as it reads in a cell `rows` down and `columns` right of the cell it was written for, as
 * Excel gives each cell of a shared formula: relative references move, absolute ($) parts stay, a
 * reference moved off the sheet becomes #REF!. Text in quotes, quoted sheet names, structured and
 * external references in brackets, names and functions (LOG10 is followed by "(") are left alone.
 */
export function shiftFormula(formula: string, rows: number, columns: number): string {
  let out = "";
  let at = 0;
  const n = formula.length;
  while (at < n) {
    const c = formula[at];
    if (c === '"' || c === "'") {
      // A string or a quoted sheet name; a doubled quote inside is one quote.
      let end = at + 1;
      while (end < n && !(formula[end] === c && formula[end + 1] !== c))
        end += formula[end] === c ? 2 : 1;
      out += formula.slice(at, end + 1);
      at = end + 1;
      continue;
    }
    if (c === "[") {
      let depth = 0;
      let end = at;
      for (; end < n; end++) {
        if (formula[end] === "[") depth++;
        else if (formula[end] === "]" && --depth === 0) break;
      }
      out += formula.slice(at, end + 1);
      at = end + 1;
      continue;
    }
    if (!isWordChar(c) || c === "." || c === "\\") {
      out += c;
      at++;
      continue;
    }
    let end = at;
    while (end < n && isWordChar(formula[end])) end++;
    const word = formula.slice(at, end);
    const before = out.length > 0 ? out[out.length - 1] : undefined;
    // A range of whole columns or rows: "A:C", "$2:$5".
    const colon = formula[end] === ":" ? /^[$A-Za-z0-9]+/.exec(formula.slice(end + 1)) : null;
    if (colon && !isWordChar(before)) {
      const other = colon[0];
      const a = COLUMN.exec(word) ?? ROW.exec(word);
      const b = COLUMN.exec(other) ?? ROW.exec(other);
      const bothColumns = COLUMN.test(word) && COLUMN.test(other);
      const bothRows = ROW.test(word) && ROW.test(other);
      if (a && b && (bothColumns || bothRows)) {
        const move = bothColumns ? movedColumn : movedRow;
        const by = bothColumns ? columns : rows;
        const from = move(a[1], a[2], by);
        const to = move(b[1], b[2], by);
        out += from && to ? `${from}:${to}` : "#REF!";
        at = end + 1 + other.length;
        continue;
      }
    }
    const cell = CELL.exec(word);
    let next = end;
    while (formula[next] === " ") next++;
    if (cell && formula[next] !== "(" && formula[end] !== "!") {
      const column = movedColumn(cell[1], cell[2], columns);
      const row = movedRow(cell[3], cell[4], rows);
      out += column && row ? `${column}${row}` : "#REF!";
    } else out += word;
    at = end;
  }
  return out;
}
