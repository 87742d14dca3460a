import type { TemplateField } from "../template/types";
import type { CellValue } from "./cell";
import { readCell } from "./read-cell";
import type { ReadCell } from "./table";

/** Lookups before a column is judged: after this many, one that rarely repeats stops being shared. */
const TRIAL = 4096;
const MAX_SHARED = 65_536;

/**
 * Reads one field's cells, sharing one ReadCell between cells holding the same text. A million-row
 * column of regions, order counts or statuses holds a few dozen distinct texts: a million equal
 * objects become a few dozen. A column that rarely repeats itself (ids, names, amounts) stops
 * sharing after a trial, so it pays for no lookups. ReadCells are never changed once read, so a
 * shared one is as good as a copy.
 */
export class SharedCellReader {
  private readonly cells = new Map<string, ReadCell>();
  private lookups = 0;
  private sharing = true;

  constructor(private readonly field: TemplateField) {}

  /** False once the column turned out not to repeat itself: a cell read alone costs no more then. */
  get isSharing(): boolean {
    return this.sharing;
  }

  read(raw: CellValue | undefined): ReadCell {
    if (!this.sharing || typeof raw !== "string") return readCell(raw, this.field);
    this.lookups++;
    const shared = this.cells.get(raw);
    if (shared !== undefined) return shared;
    const cell = readCell(raw, this.field);
    this.cells.set(raw, cell);
    const distinct = this.cells.size;
    if (distinct > MAX_SHARED || (this.lookups >= TRIAL && distinct * 2 > this.lookups)) {
      this.sharing = false;
      this.cells.clear();
    }
    return cell;
  }
}
