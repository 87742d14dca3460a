import type { Day } from "../../../day";
import type { Customer } from "../../customer";
import { altmanZ } from "../altman";
import { averageMonthlySales } from "../average-monthly-sales";
import type { CreditSettings } from "../credit-settings";
import type { ExpressionInputs } from "./evaluate-expression";
import { DATE_FIELDS, NUMBER_FIELDS } from "./expression-names";

const DAYS_PER_YEAR = 365;

/**
 * Every name an expression may read (expression-names.ts), for one customer on one as-of date:
 * number fields as they are, dates as Days, and the derived names (years as a customer and years
 * in business = days / 365, months = days x 12 / 365, average monthly sales as in
 * average-monthly-sales.ts, Altman Z''); a derived name is null when an input it needs is.
 */
export function expressionInputs(
  customer: Customer,
  asOf: Day,
  settings: Pick<CreditSettings, "minMonthsForAverageSales" | "altman">
): ExpressionInputs {
  const inputs: Record<string, number | null> = {};
  for (const field of NUMBER_FIELDS) inputs[field] = customer[field];
  for (const field of DATE_FIELDS) inputs[field] = customer[field];
  const since = (d: Day | null): number | null => (d === null ? null : asOf - d);
  const tenure = since(customer.first_purchase);
  const age = since(customer.founded);
  inputs.as_of = asOf;
  inputs.years_as_customer = tenure === null ? null : tenure / DAYS_PER_YEAR;
  inputs.months_as_customer = tenure === null ? null : (tenure * 12) / DAYS_PER_YEAR;
  inputs.years_in_business = age === null ? null : age / DAYS_PER_YEAR;
  inputs.days_since_last_purchase = since(customer.last_purchase);
  inputs.avg_monthly_sales = averageMonthlySales(customer, asOf, settings.minMonthsForAverageSales);
  inputs.altman_z = altmanZ(customer, settings.altman)?.z ?? null;
  return inputs;
}
