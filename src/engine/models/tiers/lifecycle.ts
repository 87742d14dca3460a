import type { Day } from "../../day";
import type { Customer } from "../customer";
import { hasNoPurchase } from "./no-purchase";
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
  if (hasNoPurchase(customer)) return "Prospect";
  const { orders, first_purchase, last_purchase } = customer;
  if (last_purchase !== null && asOf - last_purchase > settings.churnDays) return "Churned";
  if (orders === null) return null;
  if (
    orders >= settings.loyalOrders &&
    first_purchase !== null &&
    asOf - first_purchase >= settings.loyalTenureDays
  ) {
    return "Loyal";
  }
  if (orders >= settings.repeatOrders) return "Repeat";
  return "First-time";
}
