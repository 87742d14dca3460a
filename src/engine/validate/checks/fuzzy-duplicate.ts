import { cellAt } from "../../table/field-column";
import { parsePhone } from "../../table/parse-phone";
import type { Check } from "../context";
import { presentFields, type PresentField } from "../field-cells";
import type { Finding } from "../finding";
import { makeFinding } from "../make-finding";
import { fieldValues, recordColumns } from "../record-columns";
import { showValue } from "../show-value";
import { companyNameKey } from "./company-name-key";
import { firstEqual, HASH_BITS, NO_HASH } from "./first-equal";
import { FNV_OFFSET, mixText } from "./fnv";

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
  const idValues = fieldValues(columns, ID_FIELD);
  const ids = idValues.map((id) => (id === null ? null : String(id)));
  for (const p of compared) {
    const values = fieldValues(columns, p.field.name);
    // Only records with a readable id and value take part; "" is a key that cannot.
    const keys = values.map((v, i) => (v === null || ids[i] === null ? "" : keyFor(p, String(v))));
    const first = firstEqual(
      count,
      (i) => (keys[i] === "" ? NO_HASH : mixText(FNV_OFFSET, keys[i]) & HASH_BITS),
      (a, b) => keys[a] === keys[b]
    );
    // Per first record of a key, the first record after it with another id (-1: none yet). The
    // earliest record with an id other than x's is then one of those two: no walk along a list.
    const other = new Int32Array(count).fill(-1);
    for (let i = 0; i < count; i++) {
      const earliest = first[i];
      if (earliest === -1 || earliest === i) continue;
      const differs = ids[earliest] !== ids[i];
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
            firstId: ids[matchAt],
            id: ids[i],
          }
        )
      );
    }
  }
  return out;
};
