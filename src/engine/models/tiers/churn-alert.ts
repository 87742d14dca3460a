import type { Day } from "../../day";
import type { Customer } from "../customer";
import { hasNoPurchase } from "./no-purchase";
import type { TierSettings } from "./tier-settings";

/**
 * Churn alert (流失预警): with 2+ orders, overdue when the days since the last purchase exceed
 * gapFactor x the average gap, compared in whole days as recency x (orders - 1) > factor x (last -
 * first); with one order, after more than oneOrderDays. Applies to churned customers too; null for
 * prospects and when the dates or orders it needs are missing.
 */
export function churnAlert(
  customer: Pick<Customer, "orders" | "first_purchase" | "last_purchase">,
  asOf: Day,
  settings: TierSettings["churnAlert"]
): boolean | null {
  if (hasNoPurchase(customer)) return null;
  const { orders, first_purchase, last_purchase } = customer;
  if (orders === null || last_purchase === null) return null;
  const recency = asOf - last_purchase;
  if (orders === 1) return recency > settings.oneOrderDays;
  if (orders < 2 || first_purchase === null) return null;
  return recency * (orders - 1) > settings.gapFactor * (last_purchase - first_purchase);
}
