import type { Day } from "../../../day";
import type { Customer, CustomerField } from "../../customer";
import { altmanZ } from "../altman";
import { averageMonthlySales } from "../average-monthly-sales";
import type { CreditSettings } from "../credit-settings";
import { DATE_FIELDS, NUMBER_FIELDS } from "./expression-names";

const DAYS_PER_YEAR = 365;
const CUSTOMER_NAMES: ReadonlySet<string> = new Set<string>([...NUMBER_FIELDS, ...DATE_FIELDS]);

/**
 * The value of one name an expression may read (expression-names.ts), for one customer on one
 * as-of date: number fields as they are, dates as Days, and the derived names (years as a customer
 * and years in business = days / 365, months = days x 12 / 365, average monthly sales as in
 * average-monthly-sales.ts, Altman Z''); null when an input it needs is, undefined for a name that
 * is not one of them.
 */
export function inputValue(
  name: string,
  customer: Customer,
  asOf: Day,
  settings: Pick<CreditSettings, "minMonthsForAverageSales" | "altman">
): number | null | undefined {
  if (CUSTOMER_NAMES.has(name)) return customer[name as CustomerField] as number | null;
  const tenure = customer.first_purchase === null ? null : asOf - customer.first_purchase;
  switch (name) {
    case "as_of":
      return asOf;
    case "years_as_customer":
      return tenure === null ? null : tenure / DAYS_PER_YEAR;
    case "months_as_customer":
      return tenure === null ? null : (tenure * 12) / DAYS_PER_YEAR;
    case "years_in_business":
      return customer.founded === null ? null : (asOf - customer.founded) / DAYS_PER_YEAR;
    case "days_since_last_purchase":
      return customer.last_purchase === null ? null : asOf - customer.last_purchase;
    case "avg_monthly_sales":
      return averageMonthlySales(customer, asOf, settings.minMonthsForAverageSales);
    case "altman_z":
      return altmanZ(customer, settings.altman)?.z ?? null;
    default:
      return undefined;
  }
}
