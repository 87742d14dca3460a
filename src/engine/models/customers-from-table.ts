import type { Table } from "../table/table";
import type { Customer, CustomerField } from "./customer";
import { CUSTOMER_FIELD_KINDS } from "./customer-field-kinds";
import { emptyCustomer } from "./empty-customer";
import { asFieldValue, fieldValueAt } from "./read-field-value";
import { valueAt } from "../table/field-column";

const FIELDS = Object.keys(CUSTOMER_FIELD_KINDS) as CustomerField[];

/**
 * The customers of a customer sheet: every non-blank record with a readable customer_id, errors or
 * not (domain.md §8). Unreadable cells count as empty; fields the table lacks are null.
 */
export function customersFromTable(table: Table): Customer[] {
  const present = FIELDS.filter((f) => f !== "customer_id" && f in table.fieldColumns);
  const out: Customer[] = [];
  // Record index of each customer: the fields are then filled a column at a time.
  const records: number[] = [];
  for (let i = 0; i < table.size; i++) {
    const id = fieldValueAt(table, "customer_id", i, "text");
    if (typeof id !== "string") continue;
    out.push(emptyCustomer(id, table.rows[i]));
    records.push(i);
  }
  for (const f of present) {
    const kind = CUSTOMER_FIELD_KINDS[f];
    const column = table.fields[f];
    if (column === undefined) continue;
    for (let k = 0; k < out.length; k++) {
      const fields = out[k] as unknown as Record<CustomerField, string | number | null>;
      fields[f] = asFieldValue(valueAt(column, records[k]), kind);
    }
  }
  return out;
}
