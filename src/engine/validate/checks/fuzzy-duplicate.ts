import { parsePhone } from "../../table/parse-phone";
import type { TableRecord } from "../../table/table";
import type { Check } from "../context";
import { cellOf, dataRecords, isReadable, presentFields, type PresentField } from "../field-cells";
import type { Finding } from "../finding";
import { makeFinding } from "../make-finding";
import { showValue } from "../show-value";
import { companyNameKey } from "./company-name-key";

const ID_FIELD = "customer_id";

function idOf(record: TableRecord): string {
  return String(cellOf(record, ID_FIELD).value);
}
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
  for (const p of compared) {
    // Per key: its first record, and the first record after it with another id. The earliest record
    // with an id other than x is then one of those two, found without walking a list (no O(n^2)).
    // Records are held by their index, not in an object per row.
    const records = dataRecords(table);
    const first = new Map<string, number>();
    const other = new Map<string, number>();
    for (let k = 0; k < records.length; k++) {
      const record = records[k];
      const idCell = cellOf(record, ID_FIELD);
      const cell = cellOf(record, p.field.name);
      if (!isReadable(idCell) || !isReadable(cell)) continue;
      const id = String(idCell.value);
      const key = keyFor(p, String(cell.value));
      if (key === "") continue;
      const earliest = first.get(key);
      if (earliest === undefined) {
        first.set(key, k);
        continue;
      }
      const differs = idOf(records[earliest]) !== id;
      const matchAt = differs ? earliest : other.get(key);
      if (differs && !other.has(key)) other.set(key, k);
      const match =
        matchAt === undefined
          ? undefined
          : { row: records[matchAt].row, id: idOf(records[matchAt]) };
      if (match !== undefined) {
        out.push(
          makeFinding(
            "fuzzy-duplicate",
            { row: record.row, column: p.letter, field: p.field.name },
            { value: showValue(p.field, cell), firstRow: match.row, firstId: match.id, id }
          )
        );
      }
    }
  }
  return out;
};
