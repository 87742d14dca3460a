import type { Table } from "../table/table";
import type { Customer, CustomerField } from "./customer";
import { CUSTOMER_FIELD_KINDS } from "./customer-field-kinds";
import { emptyCustomer } from "./empty-customer";
import { fieldValueAt } from "./read-field-value";

const FIELDS = Object.keys(CUSTOMER_FIELD_KINDS) as CustomerField[];

/**
 * The customers of a customer sheet: every non-blank record with a readable customer_id, errors or
 * not (domain.md §8). Unreadable cells count as empty; fields the table lacks are null.
 */
export function customersFromTable(table: Table): Customer[] {
  const present = FIELDS.filter((f) => f !== "customer_id" && f in table.fieldColumns);
  const out: Customer[] = [];
  for (let i = 0; i < table.size; i++) {
    const id = fieldValueAt(table, "customer_id", i, "text");
    if (typeof id !== "string") continue;
    const customer = emptyCustomer(id, table.rows[i]);
    const fields = customer as unknown as Record<CustomerField, string | number | null>;
    for (const f of present) fields[f] = fieldValueAt(table, f, i, CUSTOMER_FIELD_KINDS[f]);
    out.push(customer);
  }
  return out;
}
