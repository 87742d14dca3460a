import type { Check } from "../context";
import { cellOf, dataRecords, isReadable, presentFields } from "../field-cells";
import type { Finding } from "../finding";
import { makeFinding } from "../make-finding";
import { showValue } from "../show-value";

/**
 * unique-error: a unique field's value that an earlier row already has, on the later row with
 * params.firstRow. Values compare as read (case and kept spaces count); empty and unreadable cells
 * are not compared.
 */
export const uniqueError: Check = (table, template) => {
  const out: Finding[] = [];
  for (const p of presentFields(table, template).filter((f) => f.field.constraints?.unique)) {
    const firstRow = new Map<string, number>();
    for (const record of dataRecords(table)) {
      const cell = cellOf(record, p.field.name);
      if (!isReadable(cell)) continue;
      const key = `${typeof cell.value}:${String(cell.value)}`;
      const first = firstRow.get(key);
      if (first === undefined) {
        firstRow.set(key, record.row);
        continue;
      }
      out.push(
        makeFinding(
          "unique-error",
          { row: record.row, column: p.letter, field: p.field.name },
          { value: showValue(p.field, cell), firstRow: first }
        )
      );
    }
  }
  return out;
};
