import type { Customer } from "../customer";

/**
 * A customer who has never bought (a prospect, 潜在客户): orders 0, or orders empty and no
 * last purchase (domain.md §8).
 */
export function hasNoPurchase(customer: Pick<Customer, "orders" | "last_purchase">): boolean {
  return customer.orders === 0 || (customer.orders === null && customer.last_purchase === null);
}
