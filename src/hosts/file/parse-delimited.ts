import type { Delimiter } from "./sniff-delimiter";

const QUOTE = 0x22;
const LF = 0x0a;
const CR = 0x0d;

/** Index of the next delimiter or line break at or after `from`, or the text's length. */
function fieldEnd(text: string, from: number, delimiter: number): number {
  let k = from;
  const n = text.length;
  while (k < n) {
    const c = text.charCodeAt(k);
    if (c === delimiter || c === LF || c === CR) break;
    k++;
  }
  return k;
}

/**
 * RFC 4180 fields: quoted delimiters, doubled quotes and line breaks inside quotes; \r\n, \n and
 * \r end a row. Fields are slices of the text, never built a character at a time. An empty line
 * is an empty row ([]); a trailing line break adds no row.
 */
function parseSeparated(text: string, delimiterChar: string): string[][] {
  const delimiter = delimiterChar.charCodeAt(0);
  const n = text.length;
  const rows: string[][] = [];
  let row: string[] = [];
  let i = 0;
  while (i < n) {
    const first = text.charCodeAt(i);
    if (row.length === 0 && (first === LF || first === CR)) {
      rows.push([]);
      i += first === CR && text.charCodeAt(i + 1) === LF ? 2 : 1;
      continue;
    }
    let value: string;
    if (first === QUOTE) {
      value = "";
      let segment = i + 1;
      for (;;) {
        const q = text.indexOf('"', segment);
        if (q < 0) {
          // An unclosed quote runs to the end of the file, as spreadsheet programs read it.
          value += text.slice(segment);
          i = n;
          break;
        }
        if (text.charCodeAt(q + 1) === QUOTE) {
          value += text.slice(segment, q + 1);
          segment = q + 2;
          continue;
        }
        value += text.slice(segment, q);
        i = q + 1;
        break;
      }
      // Text after the closing quote (a"b"c) is kept, not dropped.
      const end = fieldEnd(text, i, delimiter);
      if (end > i) value += text.slice(i, end);
      i = end;
    } else {
      const end = fieldEnd(text, i, delimiter);
      value = text.slice(i, end);
      i = end;
    }
    row.push(value);
    if (i >= n) break;
    const c = text.charCodeAt(i);
    if (c === delimiter) {
      i++;
      if (i >= n) row.push("");
      continue;
    }
    i += c === CR && text.charCodeAt(i + 1) === LF ? 2 : 1;
    rows.push(row);
    row = [];
  }
  if (row.length > 0) rows.push(row);
  return rows;
}

/** Columns separated by runs of spaces and tabs; white space at either end of a line makes no field. */
function parseWhitespace(text: string): string[][] {
  const rows: string[][] = [];
  for (const line of text.split(/\r\n|\n|\r/)) {
    const trimmed = line.trim();
    rows.push(trimmed === "" ? [] : trimmed.split(/[ \t]+/));
  }
  return rows;
}

/** Splits delimited text into rows of string fields; trailing empty lines are dropped. */
export function parseDelimited(text: string, delimiter: Delimiter): string[][] {
  const rows = delimiter === "whitespace" ? parseWhitespace(text) : parseSeparated(text, delimiter);
  let end = rows.length;
  while (end > 0 && rows[end - 1].length === 0) end--;
  rows.length = end;
  return rows;
}
