import type { FieldValue } from "../../table/table";
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
    // One map per type, keyed by the value itself: no key string per row. A Map tells values apart
    // as String() does (0 and -0 alike, NaN alike), and text 1 from the number 1 by its map.
    const firstRow = {
      string: new Map<FieldValue, number>(),
      number: new Map<FieldValue, number>(),
      boolean: new Map<FieldValue, number>(),
    };
    for (const record of dataRecords(table)) {
      const cell = cellOf(record, p.field.name);
      if (!isReadable(cell) || cell.value === null) continue;
      const seen = firstRow[typeof cell.value as "string" | "number" | "boolean"];
      const first = seen.get(cell.value);
      if (first === undefined) {
        seen.set(cell.value, record.row);
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
