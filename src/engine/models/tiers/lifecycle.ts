import type { Day } from "../../day";
import type { Customer } from "../customer";
import { noPurchaseOf } from "./no-purchase";
import type { TierSettings } from "./tier-settings";

export type LifecycleStatus = "Prospect" | "Churned" | "Loyal" | "Repeat" | "First-time";

/**
 * Lifecycle status (客户状态), rules in the order of domain.md §8: Prospect (no purchase), Churned
 * (last purchase more than churnDays ago), Loyal (at least loyalOrders orders and tenure = as-of
 * minus first purchase of at least loyalTenureDays), Repeat (2+ orders), First-time (1 order).
 * Null when a buyer's orders are unknown and they have not churned.
 */
export function lifecycleStatus(
  customer: Pick<Customer, "orders" | "first_purchase" | "last_purchase">,
  asOf: Day,
  settings: TierSettings["lifecycle"]
): LifecycleStatus | null {
  const { orders, first_purchase, last_purchase } = customer;
  return lifecycleOf(orders ?? NaN, first_purchase ?? NaN, last_purchase ?? NaN, asOf, settings);
}

/** lifecycleStatus on the figures themselves, NaN for empty (a column's form). */
export function lifecycleOf(
  orders: number,
  firstPurchase: number,
  lastPurchase: number,
  asOf: Day,
  settings: TierSettings["lifecycle"]
): LifecycleStatus | null {
  if (noPurchaseOf(orders, lastPurchase)) return "Prospect";
  // A comparison with NaN is false: an empty date never churns or counts as tenure.
  if (asOf - lastPurchase > settings.churnDays) return "Churned";
  if (Number.isNaN(orders)) return null;
  if (orders >= settings.loyalOrders && asOf - firstPurchase >= settings.loyalTenureDays) {
    return "Loyal";
  }
  if (orders >= settings.repeatOrders) return "Repeat";
  return "First-time";
}
