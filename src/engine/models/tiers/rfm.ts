import type { Day } from "../../day";
import type { Customer } from "../customer";
import { noPurchaseOf } from "./no-purchase";

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
  if (!hasRfmInput(orders ?? NaN, last_purchase ?? NaN, sales_amount ?? NaN)) return null;
  return { recency: asOf - last_purchase!, frequency: orders!, monetary: sales_amount! };
}

/** Whether a customer gets RFM (see rfmInput), on the figures themselves, NaN for empty. */
export function hasRfmInput(orders: number, lastPurchase: number, sales: number): boolean {
  return (
    !noPurchaseOf(orders, lastPurchase) &&
    !Number.isNaN(orders) &&
    !Number.isNaN(lastPurchase) &&
    !Number.isNaN(sales)
  );
}
