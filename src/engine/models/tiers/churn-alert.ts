import type { Day } from "../../day";
import type { Customer } from "../customer";
import { noPurchaseOf } from "./no-purchase";
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
  const { orders, first_purchase, last_purchase } = customer;
  return churnAlertOf(orders ?? NaN, first_purchase ?? NaN, last_purchase ?? NaN, asOf, settings);
}

/** churnAlert on the figures themselves, NaN for empty (a column's form). */
export function churnAlertOf(
  orders: number,
  firstPurchase: number,
  lastPurchase: number,
  asOf: Day,
  settings: Pick<TierSettings["churnAlert"], "oneOrderDays" | "gapFactor">
): boolean | null {
  if (noPurchaseOf(orders, lastPurchase)) return null;
  if (Number.isNaN(orders) || Number.isNaN(lastPurchase)) return null;
  const recency = asOf - lastPurchase;
  if (orders === 1) return recency > settings.oneOrderDays;
  if (orders < 2 || Number.isNaN(firstPurchase)) return null;
  return recency * (orders - 1) > settings.gapFactor * (lastPurchase - firstPurchase);
}
