import type { Customer } from "../customer";

/**
 * A customer who has never bought (a prospect, 潜在客户): orders 0, or orders empty and no
 * last purchase (domain.md §8).
 */
export function hasNoPurchase(customer: Pick<Customer, "orders" | "last_purchase">): boolean {
  return noPurchaseOf(customer.orders ?? NaN, customer.last_purchase ?? NaN);
}

/** hasNoPurchase on the figures themselves, NaN for empty (a column's form). */
export function noPurchaseOf(orders: number, lastPurchase: number): boolean {
  return orders === 0 || (Number.isNaN(orders) && Number.isNaN(lastPurchase));
}
