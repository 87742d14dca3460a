import { aggregateTransactions } from "./aggregate-transactions";
import { handTable } from "./hand-table.test-helper";

const D = 19_800;

describe("aggregateTransactions", () => {
  const t = handTable(
    "交易明细",
    ["customer_id", "order_id", "order_date", "amount", "profit"],
    [
      ["C2", "O1", D + 5, 100.1, 10],
      ["C1", "O2", D, 50, -5],
      ["C2", "O3", D - 3, 0.2, null],
      [null, null, null, null, null],
      ["C2", "O4", null, null, 2.5],
      [null, "O5", D, 10, 1],
    ]
  );
  const out = aggregateTransactions(t);

  it("makes one customer per id, in order of first appearance, on its first row", () => {
    expect(out.map((c) => [c.customer_id, c.row])).toEqual([
      ["C2", 2],
      ["C1", 3],
    ]);
  });

  it("counts rows as orders, takes min/max dates and sums in cents", () => {
    expect(out[0]).toMatchObject({
      orders: 3,
      first_purchase: D - 3,
      last_purchase: D + 5,
      sales_amount: 100.3,
      gross_profit: 12.5,
    });
    expect(out[1]).toMatchObject({
      orders: 1,
      first_purchase: D,
      last_purchase: D,
      sales_amount: 50,
      gross_profit: -5,
    });
    expect(out[0].name).toBeNull();
  });

  it("leaves gross profit null without a profit column", () => {
    const t2 = handTable("交易明细", ["customer_id", "order_date", "amount"], [["C1", D, 5]]);
    expect(aggregateTransactions(t2)[0]).toMatchObject({
      orders: 1,
      sales_amount: 5,
      gross_profit: null,
    });
  });

  it("leaves dates and sums null when no row has them", () => {
    const t3 = handTable("交易明细", ["customer_id", "order_date", "amount"], [["C1", null, null]]);
    expect(aggregateTransactions(t3)[0]).toMatchObject({
      orders: 1,
      first_purchase: null,
      sales_amount: null,
    });
  });
});
