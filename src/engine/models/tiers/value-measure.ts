/** Which figure ranks customers (domain.md §4): the first whose columns exist and hold data. */
export type ValueMeasure =
  "gross_profit_less_service_cost" | "gross_profit" | "sales_amount" | "none";

export interface ValueMeasureResult {
  measure: ValueMeasure;
  /** Per customer, in input order; NaN = unranked (no tiers). */
  values: Float64Array;
}

/** The three figures a value can come from, per customer, NaN where empty. */
export interface ValueColumns {
  size: number;
  gross_profit: Float64Array;
  service_cost: Float64Array;
  sales_amount: Float64Array;
}

const known = (v: number): boolean => Number.isFinite(v);

function holdsData(
  columns: ValueColumns,
  field: Exclude<keyof ValueColumns, "size">,
  present: ReadonlySet<string>
): boolean {
  if (!present.has(field)) return false;
  const column = columns[field];
  for (let i = 0; i < columns.size; i++) if (known(column[i])) return true;
  return false;
}

/**
 * Chooses the value measure once per file and gives each customer's value: gross_profit minus
 * service_cost when both columns exist and hold data (an empty service_cost counts 0), else
 * gross_profit, else sales_amount. A customer without the chosen figure is unranked (null).
 */
export function valueMeasure(
  columns: ValueColumns,
  fieldsPresent: ReadonlySet<string> | readonly string[]
): ValueMeasureResult {
  const present: ReadonlySet<string> =
    fieldsPresent instanceof Set ? fieldsPresent : new Set(fieldsPresent);
  const n = columns.size;
  const values = new Float64Array(n).fill(NaN);
  const { gross_profit: profit, service_cost: cost, sales_amount: sales } = columns;
  const hasProfit = holdsData(columns, "gross_profit", present);
  if (hasProfit && holdsData(columns, "service_cost", present)) {
    for (let i = 0; i < n; i++)
      if (known(profit[i])) values[i] = profit[i] - (known(cost[i]) ? cost[i] : 0);
    return { measure: "gross_profit_less_service_cost", values };
  }
  if (hasProfit) {
    for (let i = 0; i < n; i++) if (known(profit[i])) values[i] = profit[i];
    return { measure: "gross_profit", values };
  }
  if (holdsData(columns, "sales_amount", present)) {
    for (let i = 0; i < n; i++) if (known(sales[i])) values[i] = sales[i];
    return { measure: "sales_amount", values };
  }
  return { measure: "none", values };
}
