import { isEmptyCell } from "../../table/cell";
import { cellText } from "../../table/cell-text";
import { heldIndexes } from "../../table/held-indexes";
import { columnLetter } from "../column-letter";
import type { Check } from "../context";
import type { Finding } from "../finding";
import { makeFinding } from "../make-finding";
import { recordColumns } from "../record-columns";

/** extra-cell: a non-empty cell right of the last header column, in a ragged table or not. */
export const extraCell: Check = (table) => {
  const out: Finding[] = [];
  if (table.headerRow === null) return out;
  const width = Math.max(0, ...table.columns.map((c) => c.index + 1));
  const { raw, rows, widths, size } = recordColumns(table);
  for (let i = 0; i < size; i++) {
    // Only a row longer than the header is opened.
    if (widths[i] <= width) continue;
    const row = raw[i];
    // By the cells held, not the slots: a row reaching column XFD holds a few values, not 16,384.
    for (const j of heldIndexes(row, width)) {
      const cell = row[j];
      if (!isEmptyCell(cell)) {
        out.push(
          makeFinding(
            "extra-cell",
            { row: rows[i], column: columnLetter(j), field: null },
            { value: cellText(cell) }
          )
        );
      }
    }
  }
  return out;
};
