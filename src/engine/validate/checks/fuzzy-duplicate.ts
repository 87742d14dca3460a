import { cellAt } from "../../table/field-column";
import type { FieldValue } from "../../table/table";
import { parsePhone } from "../../table/parse-phone";
import type { Check } from "../context";
import { presentFields, type PresentField } from "../field-cells";
import type { Finding } from "../finding";
import { makeFinding } from "../make-finding";
import { fieldValues, recordColumns } from "../record-columns";
import { showValue } from "../show-value";
import { companyNameKey, companyNameKeyHash } from "./company-name-key";
import { firstEqual, HASH_BITS, NO_HASH } from "./first-equal";
import { FNV_OFFSET, mix, mixText } from "./fnv";

const ID_FIELD = "customer_id";
const NAME_FIELD = "name";

function phoneKey(text: string): string {
  // parsePhone drops +86/0086 and punctuation; a value it cannot parse compares by its digits.
  return parsePhone(text) ?? text.replace(/\D/g, "");
}

/** The key a field's value compares by, or "" when it cannot take part. */
function keyFor(p: PresentField, value: string): string {
  if (p.field.name === NAME_FIELD) return companyNameKey(value);
  if (p.field.format === "phone") return phoneKey(value);
  return value.trim().toLowerCase();
}

/** True for text of ASCII digits only, which is its own phone key whatever parsePhone makes of it. */
function isDigits(text: string): boolean {
  if (text.length === 0) return false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x30 || c > 0x39) return false;
  }
  return true;
}

/** True for the ASCII characters trim() removes: tab, line feed, vertical tab, form feed, CR, space. */
function isAsciiSpace(c: number): boolean {
  return c === 0x20 || (c >= 0x09 && c <= 0x0d);
}

function isAscii(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) >= 0x80) return false;
  return true;
}

/** For ASCII text: the hash of text.trim().toLowerCase() masked, or NO_HASH for "", without either string. */
function trimmedLowerHash(text: string): number {
  let start = 0;
  let end = text.length;
  while (start < end && isAsciiSpace(text.charCodeAt(start))) start++;
  while (end > start && isAsciiSpace(text.charCodeAt(end - 1))) end--;
  if (start === end) return NO_HASH;
  let h = FNV_OFFSET;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    h = mix(h, c >= 0x41 && c <= 0x5a ? c + 0x20 : c);
  }
  return mix(h, 0xffff) & HASH_BITS;
}

/**
 * The hash of keyFor(p, value) masked with HASH_BITS, NO_HASH when the key is "". The usual values
 * (ASCII or Chinese names, digit-only phones, ASCII emails) are hashed as they stand: the key string,
 * one per record, is built only for the rest and for the records whose hashes meet.
 */
function keyHash(p: PresentField, value: string): number {
  if (p.field.name === NAME_FIELD) {
    const h = companyNameKeyHash(value);
    return h === null ? NO_HASH : h & HASH_BITS;
  }
  if (p.field.format === "phone" && isDigits(value)) return mixText(FNV_OFFSET, value) & HASH_BITS;
  if (p.field.format !== "phone" && isAscii(value)) return trimmedLowerHash(value);
  const key = keyFor(p, value);
  return key === "" ? NO_HASH : mixText(FNV_OFFSET, key) & HASH_BITS;
}

/** A record's id as text, or null when it has none readable. */
function idText(ids: readonly (FieldValue | null)[], i: number): string | null {
  const id = ids[i];
  return id === null ? null : typeof id === "string" ? id : String(id);
}

/**
 * fuzzy-duplicate (warning): two records with different customer ids that look like one customer:
 * the same name once legal suffixes are removed, or the same phone (digits, without +86/0086), or the
 * same email (any case). One finding per matching field, on the later row, params.firstRow naming the
 * first such row. Records without an id are left out: there is no "different id" to compare.
 */
export const fuzzyDuplicate: Check = (table, template) => {
  const out: Finding[] = [];
  const present = presentFields(table, template);
  if (!present.some((p) => p.field.name === ID_FIELD)) return out;
  const compared = present.filter(
    (p) => p.field.name === NAME_FIELD || p.field.format === "phone" || p.field.format === "email"
  );
  const columns = recordColumns(table);
  const count = columns.size;
  const ids = fieldValues(columns, ID_FIELD);
  for (const p of compared) {
    const values = fieldValues(columns, p.field.name);
    // Only records with a readable id and value take part; "" is a key that cannot.
    const hashes = new Int32Array(count);
    for (let i = 0; i < count; i++) {
      const v = values[i];
      hashes[i] =
        v === null || ids[i] === null ? NO_HASH : keyHash(p, typeof v === "string" ? v : String(v));
    }
    // Hashes meet mostly for values typed alike, which need no key; the key of a kind's first
    // record, compared again with each later one, is built once.
    const firstKeys = new Map<number, string>();
    const keyOfFirst = (a: number): string => {
      let key = firstKeys.get(a);
      if (key === undefined) {
        key = keyFor(p, String(values[a]));
        firstKeys.set(a, key);
      }
      return key;
    };
    const first = firstEqual(
      hashes,
      (a, b) => values[a] === values[b] || keyOfFirst(a) === keyFor(p, String(values[b]))
    );
    // Per first record of a key, the first record after it with another id (-1: none yet). The
    // earliest record with an id other than x's is then one of those two: no walk along a list.
    const other = new Int32Array(count).fill(-1);
    for (let i = 0; i < count; i++) {
      const earliest = first[i];
      if (earliest === -1 || earliest === i) continue;
      const differs = idText(ids, earliest) !== idText(ids, i);
      const matchAt = differs ? earliest : other[earliest];
      if (differs && other[earliest] === -1) other[earliest] = i;
      if (matchAt === -1) continue;
      out.push(
        makeFinding(
          "fuzzy-duplicate",
          { row: columns.rows[i], column: p.letter, field: p.field.name },
          {
            value: showValue(p.field, cellAt(table, p.field.name, i)),
            firstRow: columns.rows[matchAt],
            firstId: idText(ids, matchAt),
            id: idText(ids, i),
          }
        )
      );
    }
  }
  return out;
};
