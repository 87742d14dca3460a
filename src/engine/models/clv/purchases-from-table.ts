import type { Table } from "../../table/table";
import { columnLetter } from "../../table/column-letter";
import { fieldValueAt } from "../read-field-value";
import { cellAt } from "../../table/field-column";
import type { ParsedPurchases } from "./parse-cdnow-purchases";
import type { RowProblem } from "./purchase-problem";

/**
 * A transactions sheet (交易明细, read with the transactions template) as purchase columns: one purchase
 * per row with a customer_id and an order_date; amount NaN where the amount cell is empty or unreadable
 * (null without an amount column). Rows without a readable id or date are left out and named in
 * `problems`; blank rows are skipped.
 */
export function purchasesFromTable(table: Table): ParsedPurchases {
  const hasAmount = "amount" in table.fieldColumns;
  const n = table.size;
  const customer = new Int32Array(n);
  const day = new Int32Array(n);
  const amount = new Float64Array(n);
  const idIndex = new Map<string, number>();
  const ids: string[] = [];
  const problems: RowProblem[] = [];
  let count = 0;
  for (let i = 0; i < table.size; i++) {
    const problem = (field: string) => {
      const cell = field in table.fields ? cellAt(table, field, i) : undefined;
      problems.push({
        row: table.rows[i],
        column: field in table.fieldColumns ? columnLetter(table.fieldColumns[field]) : "",
        field,
        value: String(cell?.raw ?? ""),
        code:
          !cell || cell.status === "empty"
            ? "missing"
            : field === "order_date"
              ? "not-a-date"
              : "missing",
      });
    };
    const id = fieldValueAt(table, "customer_id", i, "text");
    if (typeof id !== "string") {
      problem("customer_id");
      continue;
    }
    const date = fieldValueAt(table, "order_date", i, "day");
    if (typeof date !== "number") {
      problem("order_date");
      continue;
    }
    let c = idIndex.get(id);
    if (c === undefined) {
      c = ids.length;
      idIndex.set(id, c);
      ids.push(id);
    }
    customer[count] = c;
    day[count] = date;
    const value = fieldValueAt(table, "amount", i, "number");
    amount[count] = typeof value === "number" ? value : NaN;
    count++;
  }
  return {
    purchases: {
      customer: customer.slice(0, count),
      day: day.slice(0, count),
      amount: hasAmount ? amount.slice(0, count) : null,
      customers: ids.length,
    },
    ids,
    problems,
  };
}
