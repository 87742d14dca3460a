import type { Table } from "../table/table";
import type { Customer } from "./customer";
import { emptyCustomer } from "./empty-customer";
import { fieldValueAt } from "./read-field-value";

/**
 * A transactions sheet (交易明细) as customers, in order of first appearance (domain.md §2, §8):
 * orders = rows per customer_id, first/last purchase = min/max order_date, sales_amount = sum of
 * amount, gross_profit = sum of profit. A sum is null when the column is missing or none of the
 * customer's rows has a readable value; sums run in integer cents. Row = the customer's first row.
 */
export function aggregateTransactions(table: Table): Customer[] {
  const byId = new Map<
    string,
    { customer: Customer; salesCents: number | null; profitCents: number | null }
  >();
  for (let i = 0; i < table.size; i++) {
    const id = fieldValueAt(table, "customer_id", i, "text");
    if (typeof id !== "string") continue;
    let entry = byId.get(id);
    if (!entry) {
      const customer = emptyCustomer(id, table.rows[i]);
      customer.orders = 0;
      entry = { customer, salesCents: null, profitCents: null };
      byId.set(id, entry);
    }
    const c = entry.customer;
    c.orders = (c.orders ?? 0) + 1;
    const date = fieldValueAt(table, "order_date", i, "day");
    if (typeof date === "number") {
      if (c.first_purchase === null || date < c.first_purchase) c.first_purchase = date;
      if (c.last_purchase === null || date > c.last_purchase) c.last_purchase = date;
    }
    const amount = fieldValueAt(table, "amount", i, "number");
    if (typeof amount === "number")
      entry.salesCents = (entry.salesCents ?? 0) + Math.round(amount * 100);
    const profit = fieldValueAt(table, "profit", i, "number");
    if (typeof profit === "number")
      entry.profitCents = (entry.profitCents ?? 0) + Math.round(profit * 100);
  }
  const out: Customer[] = [];
  for (const { customer, salesCents, profitCents } of byId.values()) {
    customer.sales_amount = salesCents === null ? null : salesCents / 100;
    customer.gross_profit = profitCents === null ? null : profitCents / 100;
    out.push(customer);
  }
  return out;
}
