import type { Day } from "../../day";
import type { Customer } from "../customer";

/**
 * Average monthly sales (domain.md §8) = sales_amount / max(months since first purchase, minMonths),
 * months = days x 12 / 365. Null without sales or without a first purchase: with no tenure there is
 * nothing to average over.
 */
export function averageMonthlySales(
  customer: Customer,
  asOf: Day,
  minMonths: number
): number | null {
  if (customer.sales_amount === null || customer.first_purchase === null) return null;
  const months = ((asOf - customer.first_purchase) * 12) / 365;
  return customer.sales_amount / Math.max(months, minMonths);
}
