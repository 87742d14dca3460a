import { cellAt } from "../../table/field-column";
import type { FieldValue } from "../../table/table";
import type { Check } from "../context";
import { presentFields } from "../field-cells";
import type { Finding } from "../finding";
import { makeFinding } from "../make-finding";
import { fieldValues, recordColumns } from "../record-columns";
import { showValue } from "../show-value";
import { firstEqual, HASH_BITS, NO_HASH } from "./first-equal";
import { FNV_OFFSET, mix, mixNumber, mixText } from "./fnv";

/** A value's hash: text, numbers and booleans apart, so that the text "1" is not the number 1. */
function valueHash(value: FieldValue | null): number {
  if (value === null) return NO_HASH;
  if (typeof value === "string") return mixText(mix(FNV_OFFSET, 1), value) & HASH_BITS;
  if (typeof value === "number") return mixNumber(mix(FNV_OFFSET, 2), value) & HASH_BITS;
  return mix(FNV_OFFSET, value ? 3 : 4) & HASH_BITS;
}

/** Two values alike as a Map's keys are: same type and equal, 0 and -0 alike, NaN alike. */
function sameValue(a: FieldValue | null, b: FieldValue | null): boolean {
  return (
    typeof a === typeof b &&
    (a === b || (typeof a === "number" && Number.isNaN(a) && Number.isNaN(b)))
  );
}

/**
 * unique-error: a unique field's value that an earlier row already has, on the later row with
 * params.firstRow. Values compare as read (case and kept spaces count); empty and unreadable cells
 * are not compared.
 */
export const uniqueError: Check = (table, template) => {
  const out: Finding[] = [];
  const columns = recordColumns(table);
  for (const p of presentFields(table, template).filter((f) => f.field.constraints?.unique)) {
    const values = fieldValues(columns, p.field.name);
    const hashes = new Int32Array(values.length);
    for (let i = 0; i < values.length; i++) hashes[i] = valueHash(values[i]);
    const first = firstEqual(hashes, (a, b) => sameValue(values[a], values[b]));
    for (let i = 0; i < first.length; i++) {
      if (first[i] === -1 || first[i] === i) continue;
      out.push(
        makeFinding(
          "unique-error",
          { row: columns.rows[i], column: p.letter, field: p.field.name },
          {
            value: showValue(p.field, cellAt(table, p.field.name, i)),
            firstRow: columns.rows[first[i]],
          }
        )
      );
    }
  }
  return out;
};
