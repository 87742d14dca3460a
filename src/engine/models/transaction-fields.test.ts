import { handTable } from "./hand-table.test-helper";
import { transactionFields } from "./transaction-fields";

describe("transactionFields", () => {
  it("lists what the columns provide", () => {
    expect(
      transactionFields(handTable("t", ["customer_id", "order_date", "amount", "profit"], []))
    ).toEqual([
      "customer_id",
      "orders",
      "first_purchase",
      "last_purchase",
      "sales_amount",
      "gross_profit",
    ]);
    expect(transactionFields(handTable("t", ["customer_id", "amount"], []))).toEqual([
      "customer_id",
      "orders",
      "sales_amount",
    ]);
  });
});
