import { dayFromIso } from "../day";
import { handTable } from "./hand-table.test-helper";
import { mergeTransactions } from "./merge-transactions";

const d = (iso: string): number => dayFromIso(iso) as number;

describe("mergeTransactions", () => {
  const sheet = handTable(
    "客户档案",
    ["customer_id", "name", "orders", "last_purchase", "sales_amount", "influence"],
    [
      ["C1", "甲", 9, d("2024-01-01"), 150, 5],
      ["C2", "乙", null, null, 99.999, null],
      ["C3", "丙", 4, d("2024-02-01"), 70, null],
    ]
  );
  const tx = handTable(
    "交易明细",
    ["customer_id", "order_id", "order_date", "amount"],
    [
      ["C1", "O1", d("2024-03-01"), 100],
      ["C1", "O2", d("2024-03-05"), 50],
      ["C2", "O3", d("2024-02-10"), 100],
      ["C9", "O4", d("2024-02-11"), 7],
      ["C9", "O5", d("2024-02-12"), 8],
    ]
  );
  const { customers, findings, fieldsPresent } = mergeTransactions(sheet, tx);

  it("fills the transaction fields; the transactions win", () => {
    expect(customers[0]).toMatchObject({
      customer_id: "C1",
      name: "甲",
      influence: 5,
      orders: 2,
      first_purchase: d("2024-03-01"),
      last_purchase: d("2024-03-05"),
      sales_amount: 150,
    });
    expect(customers[1]).toMatchObject({
      orders: 1,
      last_purchase: d("2024-02-10"),
      sales_amount: 100,
    });
  });

  it("warns on the customer row, naming both values, only where they differ", () => {
    const overrides = findings.filter((f) => f.code === "transactions-override");
    expect(overrides).toEqual([
      {
        row: 2,
        column: "C",
        field: "orders",
        code: "transactions-override",
        severity: "warning",
        params: { sheetValue: 9, transactionsValue: 2, sheet: "交易明细" },
        fix: 2,
      },
      {
        row: 2,
        column: "D",
        field: "last_purchase",
        code: "transactions-override",
        severity: "warning",
        params: { sheetValue: "2024-01-01", transactionsValue: "2024-03-05", sheet: "交易明细" },
        fix: "2024-03-05",
      },
    ]);
    // C1's sales 150 = 150 and C2's 99.999 rounds to the same cents as 100: no warning; empty sheet cells neither.
  });

  it("keeps the sheet's values for a customer without transactions", () => {
    expect(customers[2]).toMatchObject({
      orders: 4,
      last_purchase: d("2024-02-01"),
      sales_amount: 70,
    });
  });

  it("reports every transactions row of an unknown customer, on that row", () => {
    const unknown = findings.filter((f) => f.code === "unknown-customer");
    expect(
      unknown.map((f) => [f.row, f.column, f.field, f.severity, f.params.customer_id])
    ).toEqual([
      [5, "A", "customer_id", "warning", "C9"],
      [6, "A", "customer_id", "warning", "C9"],
    ]);
    expect(customers.map((c) => c.customer_id)).toEqual(["C1", "C2", "C3"]);
  });

  it("lists the fields either sheet provides", () => {
    expect(new Set(fieldsPresent)).toEqual(
      new Set([
        "customer_id",
        "name",
        "orders",
        "last_purchase",
        "sales_amount",
        "influence",
        "first_purchase",
      ])
    );
  });
});
