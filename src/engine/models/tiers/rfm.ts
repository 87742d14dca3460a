import type { Day } from "../../day";
import type { Customer } from "../customer";
import { hasNoPurchase } from "./no-purchase";

export interface RfmInput {
  /** Calendar days from the last purchase to the as-of date; negative for a purchase after it. */
  recency: number;
  frequency: number;
  monetary: number;
}

/**
 * Who gets RFM and with what: buyers whose last purchase, orders and sales are all known
 * (domain.md §8); anyone else gets null (no RFM).
 */
export function rfmInput(
  customer: Pick<Customer, "orders" | "last_purchase" | "sales_amount">,
  asOf: Day
): RfmInput | null {
  const { orders, last_purchase, sales_amount } = customer;
  if (hasNoPurchase(customer) || orders === null || last_purchase === null || sales_amount === null)
    return null;
  return { recency: asOf - last_purchase, frequency: orders, monetary: sales_amount };
}
