import type { CellValue } from "./cell";

/**
 * Each record's whole row as the sheet holds it, from column A: Table.raw. A workbook's rows are the
 * sheet's own arrays; a CSV's are read again from its bytes when asked (rawRowsFrom), so that no
 * array of strings per row stays alive beside the columns. Read a cell with rawCell and a row's
 * length with rawWidth: neither builds the row.
 */
export type RawRows = readonly CellValue[][];

/** What a raw store that is no array answers. */
export interface RawRowReader {
  readonly size: number;
  /** Record i's row, built anew on each call. */
  row(i: number): CellValue[];
  /** Record i's cell in 0-based column j; null past the row's end. */
  cell(i: number, j: number): CellValue;
  /** How many cells record i's row has. */
  width(i: number): number;
  /**
   * A 32-bit hash of record i's row such that rows with the same cells, blank ones alike and those at
   * the end left out, have the same one; computed without building the row.
   */
  hash(i: number): number;
}

const READER = Symbol("raw row reader");

function indexOf(key: string): number {
  const code = key.charCodeAt(0);
  if (code < 0x30 || code > 0x39) return -1;
  const i = Number(key);
  return Number.isInteger(i) && String(i) === key ? i : -1;
}

/**
 * A raw store read on demand, seen as a read-only array (raw[i], length, iteration): code written
 * against the workbook's arrays (the models, the pane) keeps working, and pays for a row only when it
 * asks for one.
 */
export function rawRowsFrom(reader: RawRowReader): RawRows {
  const rowOf = (key: string | symbol): CellValue[] | undefined => {
    if (typeof key !== "string") return undefined;
    const i = indexOf(key);
    return i >= 0 && i < reader.size ? reader.row(i) : undefined;
  };
  return new Proxy([] as CellValue[][], {
    get(target, key, receiver) {
      if (key === READER) return reader;
      if (key === "length") return reader.size;
      return rowOf(key) ?? Reflect.get(target, key, receiver);
    },
    has(target, key) {
      return (
        (typeof key === "string" && indexOf(key) >= 0 && indexOf(key) < reader.size) ||
        Reflect.has(target, key)
      );
    },
    set() {
      return false;
    },
  });
}

function readerOf(raw: RawRows): RawRowReader | undefined {
  return (raw as unknown as { [READER]?: RawRowReader })[READER];
}

/** Record i's cell in 0-based column j, null past the end of its row. */
export function rawCell(raw: RawRows, i: number, j: number): CellValue {
  const reader = readerOf(raw);
  return reader === undefined ? (raw[i][j] ?? null) : reader.cell(i, j);
}

/** How many cells record i's row has. */
export function rawWidth(raw: RawRows, i: number): number {
  const reader = readerOf(raw);
  return reader === undefined ? raw[i].length : reader.width(i);
}

/**
 * The raw store's own row hash (RawRowReader.hash) when it has one, else null and the caller hashes
 * the rows. Only hashes from one store are comparable.
 */
export function rawRowHasher(raw: RawRows): ((i: number) => number) | null {
  const reader = readerOf(raw);
  return reader === undefined ? null : (i) => reader.hash(i);
}

/** The length of each of the first `size` records' rows, index i being record i. */
export function rawWidths(raw: RawRows, size: number): Int32Array {
  const reader = readerOf(raw);
  const widths = new Int32Array(size);
  if (reader === undefined) for (let i = 0; i < widths.length; i++) widths[i] = raw[i].length;
  else for (let i = 0; i < widths.length; i++) widths[i] = reader.width(i);
  return widths;
}
