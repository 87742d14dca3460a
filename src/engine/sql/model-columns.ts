import type { CompiledScorecard } from "../models/credit/compile-scorecard";
import { expressionFields } from "../models/credit/expression/expression-fields";
import { DATE_FIELDS, NUMBER_FIELDS } from "../models/credit/expression/expression-names";

export type ColumnKind = "text" | "number" | "date";

/** Fields the tier models read (domain.md §4, §8). */
const TIER_FIELDS = [
  "orders",
  "first_purchase",
  "last_purchase",
  "sales_amount",
  "gross_profit",
  "service_cost",
  "influence",
] as const;

/** Altman Z'' inputs (domain.md §5). */
export const ALTMAN_FIELDS = [
  "total_assets",
  "total_liabilities",
  "current_assets",
  "current_liabilities",
  "retained_earnings",
  "ebit",
] as const;

/** What each derived expression name (expression-names.ts) reads. */
const DERIVED_INPUTS: Record<string, readonly string[]> = {
  as_of: [],
  years_as_customer: ["first_purchase"],
  months_as_customer: ["first_purchase"],
  years_in_business: ["founded"],
  days_since_last_purchase: ["last_purchase"],
  avg_monthly_sales: ["sales_amount", "first_purchase"],
  altman_z: ALTMAN_FIELDS,
};

const NUMBER = new Set<string>(NUMBER_FIELDS);
const DATE = new Set<string>(DATE_FIELDS);

/** A template field's SQL kind: dates are days, numbers doubles, the rest text. */
export function columnKind(field: string): ColumnKind {
  return NUMBER.has(field) ? "number" : DATE.has(field) ? "date" : "text";
}

/**
 * The source columns the compiled model reads, in a stable order: customer_id, the tier fields,
 * the Altman inputs, and whatever the scorecard's expressions and category indicators read.
 */
export function modelColumns(scorecard: CompiledScorecard): string[] {
  const wanted = new Set<string>(["customer_id", ...TIER_FIELDS, ...ALTMAN_FIELDS]);
  for (const dimension of scorecard.dimensions) {
    for (const indicator of dimension.indicators) {
      if (indicator.tree === null) {
        wanted.add(indicator.setting.field);
        continue;
      }
      for (const name of expressionFields(indicator.tree)) {
        if (NUMBER.has(name) || DATE.has(name)) wanted.add(name);
        for (const input of DERIVED_INPUTS[name] ?? []) wanted.add(input);
      }
    }
  }
  // avg_monthly_sales also sets the credit limit.
  wanted.add("sales_amount");
  wanted.add("first_purchase");
  return [...wanted];
}
