import type { FieldValue } from "../table/table";
import { firstEqual, HASH_BITS, NO_HASH } from "./checks/first-equal";
import { FNV_OFFSET, mix, mixNumber, mixText } from "./checks/fnv";
import { fieldValues, type RecordColumns } from "./record-columns";

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

// Per layout of a table's records (dropped with it by forgetRecordColumns), per field.
const cache = new WeakMap<RecordColumns, Map<string, Int32Array>>();

/**
 * Per record, the first record whose readable value of the field equals its own (its own index when
 * it is the first), -1 when it has no readable value. Values compare as read: same type and equal,
 * case and kept spaces counting. Worked out once per table and shared: unique-error reports the
 * repeats of a unique field, and duplicate-row looks whole rows over only where the id repeats.
 */
export function valueGroups(columns: RecordColumns, field: string): Int32Array {
  let byField = cache.get(columns);
  if (byField === undefined) {
    byField = new Map();
    cache.set(columns, byField);
  }
  let first = byField.get(field);
  if (first === undefined) {
    const values = fieldValues(columns, field);
    const hashes = new Int32Array(values.length);
    for (let i = 0; i < values.length; i++) hashes[i] = valueHash(values[i]);
    first = firstEqual(hashes, (a, b) => sameValue(values[a], values[b]));
    byField.set(field, first);
  }
  return first;
}
