import type { Customer } from "../customer";

/** Which figure ranks customers (domain.md §4): the first whose columns exist and hold data. */
export type ValueMeasure =
  "gross_profit_less_service_cost" | "gross_profit" | "sales_amount" | "none";

export interface ValueMeasureResult {
  measure: ValueMeasure;
  /** Per customer, in input order; null = unranked (no tiers). */
  values: (number | null)[];
}

type ValueFields = Pick<Customer, "gross_profit" | "service_cost" | "sales_amount">;

function known(v: number | null): v is number {
  return v !== null && Number.isFinite(v);
}

function holdsData(
  customers: readonly ValueFields[],
  field: keyof ValueFields,
  present: ReadonlySet<string>
): boolean {
  return present.has(field) && customers.some((c) => known(c[field]));
}

/**
 * Chooses the value measure once per file and gives each customer's value: gross_profit minus
 * service_cost when both columns exist and hold data (an empty service_cost counts 0), else
 * gross_profit, else sales_amount. A customer without the chosen figure is unranked (null).
 */
export function valueMeasure(
  customers: readonly ValueFields[],
  fieldsPresent: ReadonlySet<string> | readonly string[]
): ValueMeasureResult {
  const present: ReadonlySet<string> =
    fieldsPresent instanceof Set ? fieldsPresent : new Set(fieldsPresent);
  const hasProfit = holdsData(customers, "gross_profit", present);
  if (hasProfit && holdsData(customers, "service_cost", present)) {
    return {
      measure: "gross_profit_less_service_cost",
      values: customers.map((c) =>
        known(c.gross_profit) ? c.gross_profit - (known(c.service_cost) ? c.service_cost : 0) : null
      ),
    };
  }
  if (hasProfit) {
    return {
      measure: "gross_profit",
      values: customers.map((c) => (known(c.gross_profit) ? c.gross_profit : null)),
    };
  }
  if (holdsData(customers, "sales_amount", present)) {
    return {
      measure: "sales_amount",
      values: customers.map((c) => (known(c.sales_amount) ? c.sales_amount : null)),
    };
  }
  return { measure: "none", values: customers.map(() => null) };
}
