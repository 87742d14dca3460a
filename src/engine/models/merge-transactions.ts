import { valueAt } from "../table/field-column";
import { isoFromDay } from "../day";
import type { Table } from "../table/table";
import type { Finding } from "../validate/finding";
import { aggregateTransactions } from "./aggregate-transactions";
import type { Customer, CustomerField } from "./customer";
import { CUSTOMER_FIELD_KINDS } from "./customer-field-kinds";
import { customersFromTable } from "./customers-from-table";
import { transactionFields } from "./transaction-fields";

export interface MergedCustomers {
  /** The customer sheet's customers, with the five transaction fields filled from the transactions. */
  customers: Customer[];
  /** transactions-override (on the customer row) and unknown-customer (on the transactions row). */
  findings: Finding[];
  /** Fields either sheet provides, for choosing the value measure. */
  fieldsPresent: CustomerField[];
}

type TxField = "orders" | "first_purchase" | "last_purchase" | "sales_amount" | "gross_profit";
const TX_FIELDS: readonly TxField[] = [
  "orders",
  "first_purchase",
  "last_purchase",
  "sales_amount",
  "gross_profit",
];
const isDay = (f: TxField): boolean => f === "first_purchase" || f === "last_purchase";
const isMoney = (f: TxField): boolean => f === "sales_amount" || f === "gross_profit";

function letterOf(table: Table, field: string): string | null {
  const index = table.fieldColumns[field];
  return index === undefined
    ? null
    : (table.columns.find((c) => c.index === index)?.letter ?? null);
}

/**
 * Joins a customer sheet (客户档案) and a transactions sheet (交易明细) by customer_id
 * (domain.md §2): the aggregated transactions fill orders, first/last purchase, sales and gross
 * profit; where the sheet has a different value the transactions win with a warning naming both;
 * transactions for an id not in the customer sheet are reported, one warning per row. A customer
 * with no transactions, or a field the transactions lack (no profit column), keeps the sheet's value.
 */
export function mergeTransactions(customerTable: Table, transactionsTable: Table): MergedCustomers {
  const customers = customersFromTable(customerTable);
  const aggregated = new Map(
    aggregateTransactions(transactionsTable).map((c) => [c.customer_id, c])
  );
  const findings: Finding[] = [];
  for (const c of customers) {
    const tx = aggregated.get(c.customer_id);
    if (!tx) continue;
    for (const f of TX_FIELDS) {
      const next = tx[f];
      if (next === null) continue;
      const prev = c[f];
      if (
        prev !== null &&
        (isMoney(f) ? Math.round(prev * 100) !== Math.round(next * 100) : prev !== next)
      ) {
        const show = (v: number): string | number => (isDay(f) ? isoFromDay(v) : v);
        findings.push({
          row: c.row,
          column: letterOf(customerTable, f),
          field: f,
          code: "transactions-override",
          severity: "warning",
          params: {
            sheetValue: show(prev),
            transactionsValue: show(next),
            sheet: transactionsTable.sheet,
          },
          fix: show(next),
        });
      }
      c[f] = next;
    }
  }
  const known = new Set(customers.map((c) => c.customer_id));
  const idLetter = letterOf(transactionsTable, "customer_id");
  const idColumn = transactionsTable.fields.customer_id;
  for (let i = 0; idColumn !== undefined && i < transactionsTable.size; i++) {
    const value = valueAt(idColumn, i);
    if (value === null) continue;
    const id = String(value).trim();
    if (id === "" || known.has(id)) continue;
    findings.push({
      row: transactionsTable.rows[i],
      column: idLetter,
      field: "customer_id",
      code: "unknown-customer",
      severity: "warning",
      params: { customer_id: id, sheet: customerTable.sheet },
      fix: null,
    });
  }
  const fieldsPresent = new Set<CustomerField>(
    Object.keys(customerTable.fieldColumns).filter(
      (f): f is CustomerField => f in CUSTOMER_FIELD_KINDS
    )
  );
  for (const f of transactionFields(transactionsTable)) fieldsPresent.add(f);
  return { customers, findings, fieldsPresent: [...fieldsPresent] };
}
