import { cellAt } from "../../table/field-column";
import type { Check } from "../context";
import { presentFields, type PresentField } from "../field-cells";
import type { Finding } from "../finding";
import { makeFinding } from "../make-finding";
import { fieldNumbers, recordColumns } from "../record-columns";
import { showValue } from "../show-value";

/** A rule between two fields, reported on `field` (the one that breaks it, domain.md §8). */
interface CrossRule {
  rule: string;
  field: string;
  other: string;
  broken: (value: number, other: number) => boolean;
}

const RULES: CrossRule[] = [
  {
    rule: "last-before-first",
    field: "last_purchase",
    other: "first_purchase",
    broken: (v, o) => v < o,
  },
  {
    rule: "current-above-total-assets",
    field: "current_assets",
    other: "total_assets",
    broken: (v, o) => v > o,
  },
  {
    rule: "current-above-total-liabilities",
    field: "current_liabilities",
    other: "total_liabilities",
    broken: (v, o) => v > o,
  },
  {
    rule: "orders-zero-with-date",
    field: "orders",
    other: "last_purchase",
    broken: (v) => v === 0,
  },
  {
    rule: "orders-zero-with-date",
    field: "orders",
    other: "first_purchase",
    broken: (v) => v === 0,
  },
  {
    rule: "orders-zero-with-sales",
    field: "orders",
    other: "sales_amount",
    broken: (v, o) => v === 0 && o > 0,
  },
];

/**
 * cross-field-error: last_purchase before first_purchase, current assets above total assets, current
 * liabilities above total liabilities, orders 0 with a purchase date or with sales above 0. Each sits on
 * the field that breaks the rule; params name the rule and the other field and value. Orders 0 with
 * both dates is reported once (on the last purchase date).
 */
export const crossFieldError: Check = (table, template) => {
  const out: Finding[] = [];
  const present = new Map<string, PresentField>(
    presentFields(table, template).map((p) => [p.field.name, p])
  );
  const columns = recordColumns(table);
  const ruleNames = [...new Set(RULES.map((r) => r.rule))];
  const rules = RULES.filter((r) => present.has(r.field) && present.has(r.other)).map((r) => ({
    ...r,
    p: present.get(r.field) as PresentField,
    o: present.get(r.other) as PresentField,
    // Readable numbers (dates as Days), NaN where there is none.
    values: fieldNumbers(columns, r.field),
    others: fieldNumbers(columns, r.other),
    name: ruleNames.indexOf(r.rule),
  }));
  // Per rule name, the last record it was reported on: a rule is reported once per record.
  const doneAt = new Int32Array(ruleNames.length).fill(-1);
  for (let i = 0; i < columns.size; i++) {
    for (const r of rules) {
      const value = r.values[i];
      const other = r.others[i];
      if (
        Number.isNaN(value) ||
        Number.isNaN(other) ||
        doneAt[r.name] === i ||
        !r.broken(value, other)
      )
        continue;
      doneAt[r.name] = i;
      out.push(
        makeFinding(
          "cross-field-error",
          { row: columns.rows[i], column: r.p.letter, field: r.field },
          {
            rule: r.rule,
            value: showValue(r.p.field, cellAt(table, r.field, i)),
            other: r.other,
            otherValue: showValue(r.o.field, cellAt(table, r.other, i)),
          }
        )
      );
    }
  }
  return out;
};
