import type { Template, TemplateField } from "../template/types";
import type { CellValue } from "./cell";
import { isNumericField, newFieldColumn, setCell } from "./field-column";
import { headerRepeatTest } from "./header-repeat-detector";
import { buildHeaderMatcher } from "./match-header";
import { rawRowsFrom } from "./raw-rows";
import type { TableRecords } from "./read-records";
import type { TableHead } from "./read-table-head";
import type { RowCursor, RowSource } from "./row-source";
import { isPlainText, isPlainTextField } from "./read-text";
import { SharedCellReader } from "./shared-cell-reader";
import { OK, type FieldColumn } from "./table";

/** How a field's cell is read: a plain number or ISO date straight from the source, else from its text. */
const NUMBER = 0;
const INTEGER = 1;
const DATE = 2;
const TEXT = 3;
const PLAIN_TEXT = 4;

interface FieldReader {
  name: string;
  index: number;
  kind: number;
  column: FieldColumn;
  reader: SharedCellReader;
}

function kindOf(field: TemplateField): number {
  if (field.type === "number") return NUMBER;
  if (field.type === "integer") return INTEGER;
  if (field.type === "date") return DATE;
  return isPlainTextField(field) ? PLAIN_TEXT : TEXT;
}

/** Grows a typed array to at least `size`, keeping its contents. */
function grown<T extends Int32Array | Float64Array | Uint8Array>(array: T, size: number): T {
  if (size <= array.length) return array;
  const next = new (array.constructor as new (n: number) => T)(Math.max(size, array.length * 2));
  next.set(array);
  return next;
}

/**
 * readRecords for a sheet read from its source: one pass over the rows below the header, each record's
 * cells read straight into their fields' columns (a plain number or ISO date without a string, other
 * cells from their text, read as readCell reads them), and where each record starts in the source
 * kept instead of its row, for Table.raw to read again when a finding or a view asks. Blank rows and
 * repeats of the header are listed apart as readRecords lists them; blank rows after the last row
 * holding anything are no part of the table.
 */
export function readSourceRecords(
  source: RowSource,
  template: Template,
  head: TableHead
): TableRecords {
  const repeatsHeader = headerRepeatTest(head.fieldColumns, buildHeaderMatcher(template));
  const blankRows: number[] = [];
  const repeatedHeaderRows: number[] = [];
  const pendingBlank: number[] = [];
  // Sized once for every row the source may hold: growing a million-row column by doubling cost a
  // second in copies.
  let capacity = Math.max(1, source.maxRows() - head.dataStart);
  let sheetRows = new Int32Array(capacity);
  let offsets = new Float64Array(capacity);
  let widths = new Int32Array(capacity);
  const readers: FieldReader[] = [];
  for (const field of template.fields) {
    const index = head.fieldColumns[field.name];
    if (index === undefined || readers.some((r) => r.name === field.name)) continue;
    readers.push({
      name: field.name,
      index,
      kind: kindOf(field),
      column: newFieldColumn(capacity, isNumericField(field)),
      reader: new SharedCellReader(field),
    });
  }
  const cursor: RowCursor = source.cursor();
  const cell = (j: number): CellValue | undefined =>
    j < cursor.width ? cursor.text(j) : undefined;
  let size = 0;
  let row = 0;
  while (cursor.next()) {
    row++;
    if (row <= head.dataStart) continue;
    // Without a header there is no data range: dataEnd is dataStart.
    if (row > head.dataEnd) break;
    if (repeatsHeader(cell)) {
      flush(pendingBlank, blankRows);
      repeatedHeaderRows.push(row);
      continue;
    }
    if (cursor.isBlank()) {
      // Reported only when a row holding something comes after it: trailing blank rows end the table.
      pendingBlank.push(row);
      continue;
    }
    flush(pendingBlank, blankRows);
    if (size === capacity) {
      capacity *= 2;
      sheetRows = grown(sheetRows, capacity);
      offsets = grown(offsets, capacity);
      widths = grown(widths, capacity);
      for (const r of readers) growColumn(r.column, capacity);
    }
    sheetRows[size] = row;
    offsets[size] = cursor.offset;
    widths[size] = cursor.width;
    for (let f = 0; f < readers.length; f++) readField(readers[f], cursor, size);
    size++;
  }
  const fields: Record<string, FieldColumn> = {};
  for (const r of readers) fields[r.name] = trimColumn(r.column, size);
  const keptOffsets = trimmed(offsets, size);
  const keptWidths = trimmed(widths, size);
  // One cursor serves every later look at a row: a finding, a view, a row hash.
  const again = source.cursor();
  const at = (i: number): RowCursor => {
    again.moveTo(keptOffsets[i]);
    again.next();
    return again;
  };
  const raw = rawRowsFrom({
    size,
    row: (i) => rowOf(at(i)),
    cell: (i, j) => (j < keptWidths[i] ? at(i).text(j) : null),
    width: (i) => keptWidths[i],
    hash: (i) => at(i).rowHash(),
  });
  return {
    size,
    rows: trimmed(sheetRows, size),
    raw,
    fields,
    blankRows,
    repeatedHeaderRows,
  };
}

/** Moves the pending blank rows to the reported ones (a loop: a spread of 100,000 overflows the stack). */
function flush(pending: number[], blankRows: number[]): void {
  for (let k = 0; k < pending.length; k++) blankRows.push(pending[k]);
  pending.length = 0;
}

function readField(r: FieldReader, cursor: RowCursor, i: number): void {
  // Past the end of a short row the cell is missing: empty, as the column already says.
  if (r.index >= cursor.width) return;
  const numbers = r.column.numbers;
  // Ids and names, once they proved not to repeat: the text is the value, with no ReadCell made for it.
  if (r.kind === PLAIN_TEXT && !r.reader.isSharing) {
    const text = cursor.text(r.index);
    if (isPlainText(text)) {
      r.column.status[i] = OK;
      r.column.values![i] = text;
    } else {
      setCell(r.column, i, r.reader.read(text));
    }
    return;
  }
  if (numbers !== null && r.kind !== TEXT && r.kind !== PLAIN_TEXT) {
    const value = r.kind === DATE ? cursor.isoDay(r.index) : cursor.plainNumber(r.index);
    if (!Number.isNaN(value) && (r.kind !== INTEGER || Number.isInteger(value))) {
      r.column.status[i] = OK;
      numbers[i] = value;
      return;
    }
  }
  setCell(r.column, i, r.reader.read(cursor.text(r.index)));
}

function growColumn(column: FieldColumn, size: number): void {
  const old = column.status.length;
  column.status = grown(column.status, size);
  if (column.numbers !== null) {
    column.numbers = grown(column.numbers, size);
    column.numbers.fill(NaN, old);
  }
  if (column.values !== null) {
    const values = column.values;
    for (let k = old; k < column.status.length; k++) values.push(null);
  }
}

function trimColumn(column: FieldColumn, size: number): FieldColumn {
  if (column.status.length === size) return column;
  if (column.values !== null) column.values.length = size;
  return {
    status: column.status.slice(0, size),
    numbers: column.numbers === null ? null : column.numbers.slice(0, size),
    values: column.values,
    details: column.details,
  };
}

/** The first `size` items, copied only when there are more. */
function trimmed<T extends Int32Array | Float64Array>(array: T, size: number): T {
  return array.length === size ? array : (array.slice(0, size) as T);
}

function rowOf(cursor: RowCursor): CellValue[] {
  const row: CellValue[] = new Array(cursor.width);
  for (let j = 0; j < cursor.width; j++) row[j] = cursor.text(j);
  return row;
}
