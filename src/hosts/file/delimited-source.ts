import type { CellValue } from "../../engine/table/cell";
import type { RowSource } from "../../engine/table/row-source";
import { DelimitedCursor } from "./delimited-cursor";

/** How many line breaks (\n, \r\n, \r) the bytes hold, found by the engine's byte search. */
function lineBreaks(bytes: Uint8Array): number {
  let count = 0;
  for (let at = bytes.indexOf(0x0a); at >= 0; at = bytes.indexOf(0x0a, at + 1)) count++;
  for (let at = bytes.indexOf(0x0d); at >= 0; at = bytes.indexOf(0x0d, at + 1))
    if (bytes[at + 1] !== 0x0a) count++;
  return count;
}

/**
 * A CSV sheet's rows read from its UTF-8 bytes on demand (RowSource): the engine reads its records
 * straight into columns and keeps where each starts; rows as arrays are built only for the header
 * search and for a face that shows or copies the whole sheet. Trailing empty lines make no rows,
 * as parseDelimited drops them.
 */
export class DelimitedSource implements RowSource {
  private headRows: CellValue[][] = [];
  private headComplete = false;

  constructor(
    private readonly bytes: Uint8Array,
    private readonly delimiter: "," | ";" | "\t"
  ) {}

  maxRows(): number {
    const n = this.bytes.length;
    const last = n === 0 ? 0x0a : this.bytes[n - 1];
    // A line break at the very end starts no row.
    return lineBreaks(this.bytes) + (last === 0x0a || last === 0x0d ? 0 : 1);
  }

  cursor(offset = 0): DelimitedCursor {
    return new DelimitedCursor(this.bytes, this.delimiter.charCodeAt(0), offset);
  }

  head(count: number): CellValue[][] {
    // The header search asks once per template: the rows are read once.
    if (count > this.headRows.length && !this.headComplete) {
      this.headRows = this.read(count);
      this.headComplete = this.headRows.length < count;
    }
    return this.headRows.slice(0, count);
  }

  rows(): CellValue[][] {
    return this.read(Infinity);
  }

  private read(count: number): CellValue[][] {
    const rows: CellValue[][] = [];
    const cursor = this.cursor();
    let lastFilled = 0;
    while (rows.length < count && cursor.next()) {
      const row: CellValue[] = new Array(cursor.width);
      for (let j = 0; j < cursor.width; j++) row[j] = cursor.text(j);
      rows.push(row);
      if (row.length > 0) lastFilled = rows.length;
    }
    // Empty lines at the very end make no rows; ones before `count` rows ran out are kept.
    if (rows.length < count) rows.length = lastFilled;
    return rows;
  }
}
