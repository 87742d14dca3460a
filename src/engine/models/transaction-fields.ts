import type { Table } from "../table/table";
import type { CustomerField } from "./customer";

/**
 * The Customer fields a transactions sheet provides once aggregated: customer_id and orders always,
 * first/last purchase with an order_date column, sales_amount with amount, gross_profit with profit.
 */
export function transactionFields(table: Table): CustomerField[] {
  const has = (f: string): boolean => f in table.fieldColumns;
  const out: CustomerField[] = ["customer_id", "orders"];
  if (has("order_date")) out.push("first_purchase", "last_purchase");
  if (has("amount")) out.push("sales_amount");
  if (has("profit")) out.push("gross_profit");
  return out;
}
