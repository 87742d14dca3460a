import type { RowCursor } from "../../engine/table/row-source";
import { decodeUtf8Span } from "./decode-utf8-span";
import { isoDayBytes } from "./iso-day-bytes";
import { plainDecimalBytes } from "./plain-decimal-bytes";
import { isTrimSpace } from "./trim-space";

const QUOTE = 0x22;
const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;
const LF = 0x0a;
const CR = 0x0d;

/**
 * Rows of delimited UTF-8 bytes one at a time, split as parse-delimited.ts splits text (RFC 4180:
 * quoted delimiters, doubled quotes and line breaks inside quotes, text after a closing quote kept,
 * an unclosed quote running to the end; \r\n, \n and \r end a row; an empty line is a row of no
 * cells). A row's cells are only located; a cell becomes a string when asked for its text. Quotes,
 * delimiters and line breaks are ASCII, which no byte of a multi-byte UTF-8 character is.
 */
export class DelimitedCursor implements RowCursor {
  offset = 0;
  width = 0;
  private starts = new Int32Array(64);
  private ends = new Int32Array(64);
  private quoted = new Uint8Array(64);
  private scratch = new Uint8Array(256);
  // The key column is read twice per row (the repeated-header test, then its field): decoded once.
  private lastCell = -1;
  private lastText = "";

  constructor(
    private readonly bytes: Uint8Array,
    private readonly delimiter: number,
    private position = 0
  ) {}

  next(): boolean {
    const bytes = this.bytes;
    const n = bytes.length;
    let i = this.position;
    if (i >= n) return false;
    this.offset = i;
    this.width = 0;
    this.lastCell = -1;
    const first = bytes[i];
    if (first === LF || first === CR) {
      this.position = i + (first === CR && bytes[i + 1] === LF ? 2 : 1);
      return true;
    }
    for (;;) {
      let start = i;
      let isQuoted = 0;
      if (bytes[i] === QUOTE) {
        isQuoted = 1;
        start = i + 1;
        let at = start;
        for (;;) {
          const q = bytes.indexOf(QUOTE, at);
          if (q < 0) {
            i = n;
            break;
          }
          if (bytes[q + 1] === QUOTE) {
            at = q + 2;
            continue;
          }
          i = q + 1;
          break;
        }
      }
      i = this.fieldEnd(i);
      this.push(start, i, isQuoted);
      if (i >= n) break;
      const c = bytes[i];
      if (c === this.delimiter) {
        i++;
        if (i >= n) {
          this.push(n, n, 0);
          break;
        }
        continue;
      }
      i += c === CR && bytes[i + 1] === LF ? 2 : 1;
      break;
    }
    this.position = i;
    return true;
  }

  moveTo(offset: number): void {
    this.position = offset;
  }

  isBlank(): boolean {
    for (let j = 0; j < this.width; j++) if (!this.isBlankCell(j)) return false;
    return true;
  }

  rowHash(): number {
    let end = this.width;
    while (end > 0 && this.isBlankCell(end - 1)) end--;
    let h = FNV_OFFSET;
    for (let j = 0; j < end; j++) {
      if (this.isBlankCell(j)) {
        h = Math.imul(h ^ 2, FNV_PRIME);
        continue;
      }
      // Equal texts are equal bytes once unquoted: a quoted cell is hashed by its text's bytes.
      let bytes = this.bytes;
      let start = this.starts[j];
      let stop = this.ends[j];
      if (this.quoted[j] === 1) {
        stop = this.unquoteInto(start, stop);
        bytes = this.scratch;
        start = 0;
      }
      h = Math.imul(h ^ 5, FNV_PRIME);
      for (let k = start; k < stop; k++) h = Math.imul(h ^ bytes[k], FNV_PRIME);
      h = Math.imul(h ^ 0x100, FNV_PRIME);
    }
    return h >>> 0;
  }

  /**
   * True when cell j holds nothing but white space (isEmptyCell), told from its bytes: the first
   * character that is no space decides, so a name or a region is never decoded for it.
   */
  private isBlankCell(j: number): boolean {
    if (this.quoted[j] === 1) return this.text(j).trim() === "";
    const bytes = this.bytes;
    const end = this.ends[j];
    let k = this.starts[j];
    while (k < end) {
      const b = bytes[k];
      let codePoint: number;
      if (b < 0x80) {
        codePoint = b;
        k++;
      } else if (b < 0xe0) {
        codePoint = ((b & 0x1f) << 6) | (bytes[k + 1] & 0x3f);
        k += 2;
      } else if (b < 0xf0) {
        codePoint = ((b & 0x0f) << 12) | ((bytes[k + 1] & 0x3f) << 6) | (bytes[k + 2] & 0x3f);
        k += 3;
      } else {
        // Every white space character is in the Basic Multilingual Plane.
        return false;
      }
      if (!isTrimSpace(codePoint)) return false;
    }
    return true;
  }

  text(j: number): string {
    if (j === this.lastCell) return this.lastText;
    const start = this.starts[j];
    const end = this.ends[j];
    const text =
      this.quoted[j] === 0 ? decodeUtf8Span(this.bytes, start, end) : this.unquoted(start, end);
    this.lastCell = j;
    this.lastText = text;
    return text;
  }

  plainNumber(j: number): number {
    return this.quoted[j] === 1 ? NaN : plainDecimalBytes(this.bytes, this.starts[j], this.ends[j]);
  }

  isoDay(j: number): number {
    return this.quoted[j] === 1 ? NaN : isoDayBytes(this.bytes, this.starts[j], this.ends[j]);
  }

  /** Index of the next delimiter or line break at or after `from`, or the end. */
  private fieldEnd(from: number): number {
    const bytes = this.bytes;
    const n = bytes.length;
    const delimiter = this.delimiter;
    let k = from;
    while (k < n) {
      const c = bytes[k];
      if (c === delimiter || c === LF || c === CR) break;
      k++;
    }
    return k;
  }

  private push(start: number, end: number, isQuoted: number): void {
    const j = this.width;
    if (j === this.starts.length) {
      const starts = new Int32Array(j * 2);
      const ends = new Int32Array(j * 2);
      const quoted = new Uint8Array(j * 2);
      starts.set(this.starts);
      ends.set(this.ends);
      quoted.set(this.quoted);
      this.starts = starts;
      this.ends = ends;
      this.quoted = quoted;
    }
    this.starts[j] = start;
    this.ends[j] = end;
    this.quoted[j] = isQuoted;
    this.width = j + 1;
  }

  /** A quoted cell's text. */
  private unquoted(start: number, end: number): string {
    return decodeUtf8Span(this.scratch, 0, this.unquoteInto(start, end));
  }

  /**
   * A quoted cell's bytes into scratch, and how many: "" inside the quotes is one quote, and what
   * follows the closing quote is kept.
   */
  private unquoteInto(start: number, end: number): number {
    const bytes = this.bytes;
    if (this.scratch.length < end - start) this.scratch = new Uint8Array(end - start);
    const out = this.scratch;
    let n = 0;
    let inside = true;
    for (let k = start; k < end; k++) {
      const b = bytes[k];
      if (inside && b === QUOTE) {
        if (bytes[k + 1] === QUOTE) {
          out[n++] = QUOTE;
          k++;
        } else {
          inside = false;
        }
        continue;
      }
      out[n++] = b;
    }
    return n;
  }
}
