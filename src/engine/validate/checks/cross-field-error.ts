import type { TableRecord } from "../../table/table";
import type { Check } from "../context";
import { cellOf, dataRecords, isReadable, presentFields, type PresentField } from "../field-cells";
import type { Finding } from "../finding";
import { makeFinding } from "../make-finding";
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

function numberIn(record: TableRecord, field: string): number | null {
  const cell = cellOf(record, field);
  return isReadable(cell) && typeof cell.value === "number" ? cell.value : null;
}

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
  const rules = RULES.filter((r) => present.has(r.field) && present.has(r.other));
  for (const record of dataRecords(table)) {
    const done = new Set<string>();
    for (const r of rules) {
      const value = numberIn(record, r.field);
      const other = numberIn(record, r.other);
      if (value === null || other === null || done.has(r.rule) || !r.broken(value, other)) continue;
      done.add(r.rule);
      const p = present.get(r.field) as PresentField;
      const o = present.get(r.other) as PresentField;
      out.push(
        makeFinding(
          "cross-field-error",
          { row: record.row, column: p.letter, field: r.field },
          {
            rule: r.rule,
            value: showValue(p.field, cellOf(record, r.field)),
            other: r.other,
            otherValue: showValue(o.field, cellOf(record, r.other)),
          }
        )
      );
    }
  }
  return out;
};
