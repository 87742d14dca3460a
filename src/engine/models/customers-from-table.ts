import type { Table } from "../table/table";
import type { Customer } from "./customer";
import { customerAt, customerColumnsFromTable } from "./customer-columns";

/**
 * The customers of a customer sheet as objects: every non-blank record with a readable customer_id,
 * errors or not (domain.md §8). Unreadable cells count as empty; fields the table lacks are null.
 * Read as customerColumnsFromTable reads them, for the few who need every customer as an object
 * (joining a transactions sheet).
 */
export function customersFromTable(table: Table): Customer[] {
  const columns = customerColumnsFromTable(table);
  return Array.from({ length: columns.size }, (_, k) => customerAt(columns, k));
}
