import { cellAt } from "../../table/field-column";
import type { Check } from "../context";
import { presentFields, type PresentField } from "../field-cells";
import type { Finding } from "../finding";
import { makeFinding } from "../make-finding";
import { fieldNumbers, recordColumns } from "../record-columns";
import { showValue } from "../show-value";

/**
 * How a rule compares a record's value with the other field's: a name, not a closure, so that the
 * loop over a million records calls one small function that V8 inlines.
 */
type Test = "below" | "above" | "zero" | "zero-with-positive";

/** A rule between two fields, reported on `field` (the one that breaks it, domain.md §8). */
interface CrossRule {
  rule: string;
  field: string;
  other: string;
  test: Test;
}

/** True when a value and the other field's (numbers, dates as Days; NaN for none) break the test. */
function broken(test: Test, value: number, other: number): boolean {
  if (Number.isNaN(value) || Number.isNaN(other)) return false;
  switch (test) {
    case "below":
      return value < other;
    case "above":
      return value > other;
    case "zero":
      return value === 0;
    default:
      return value === 0 && other > 0;
  }
}

const RULES: CrossRule[] = [
  {
    rule: "last-before-first",
    field: "last_purchase",
    other: "first_purchase",
    test: "below",
  },
  {
    rule: "current-above-total-assets",
    field: "current_assets",
    other: "total_assets",
    test: "above",
  },
  {
    rule: "current-above-total-liabilities",
    field: "current_liabilities",
    other: "total_liabilities",
    test: "above",
  },
  {
    rule: "orders-zero-with-date",
    field: "orders",
    other: "last_purchase",
    test: "zero",
  },
  {
    rule: "orders-zero-with-date",
    field: "orders",
    other: "first_purchase",
    test: "zero",
  },
  {
    rule: "orders-zero-with-sales",
    field: "orders",
    other: "sales_amount",
    test: "zero-with-positive",
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
  // The records that break a rule, found rule by rule down the columns; only those are then
  // walked record by record, rules in order, as the report lists them.
  const hits: number[] = [];
  for (const { test, values, others } of rules)
    for (let i = 0; i < values.length; i++) if (broken(test, values[i], others[i])) hits.push(i);
  const records = Int32Array.from(hits).sort();
  // Per rule name, the last record it was reported on: a rule is reported once per record.
  const doneAt = new Int32Array(ruleNames.length).fill(-1);
  for (let k = 0; k < records.length; k++) {
    const i = records[k];
    if (k > 0 && records[k - 1] === i) continue;
    for (const r of rules) {
      if (doneAt[r.name] === i || !broken(r.test, r.values[i], r.others[i])) continue;
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
