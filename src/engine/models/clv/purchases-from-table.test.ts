import { readTable } from "../../table/read-table";
import { TRANSACTIONS_TEMPLATE } from "../../template/transactions";
import { dayFromIso } from "../../day";
import { purchasesFromTable } from "./purchases-from-table";

const read = (rows: (string | number | null)[][]) =>
  readTable({ name: "交易明细", rows, ragged: true }, TRANSACTIONS_TEMPLATE);

describe("purchasesFromTable", () => {
  it("gives one purchase per row: customer index, day and amount", () => {
    const r = purchasesFromTable(
      read([
        ["客户编号", "交易日期", "交易金额"],
        ["C01", "2024-01-05", "100"],
        ["C02", "2024-01-06", ""],
        ["C01", "2024-02-05", "50.5"],
      ])
    );
    expect(r.ids).toEqual(["C01", "C02"]);
    expect(Array.from(r.purchases.customer)).toEqual([0, 1, 0]);
    expect(Array.from(r.purchases.day)).toEqual(
      ["2024-01-05", "2024-01-06", "2024-02-05"].map((d) => dayFromIso(d)!)
    );
    const amount = Array.from(r.purchases.amount!);
    expect(amount[0]).toBe(100);
    expect(amount[1]).toBeNaN();
    expect(amount[2]).toBe(50.5);
    expect(r.problems).toEqual([]);
  });

  it("leaves out rows without a customer or a readable date, naming them", () => {
    const r = purchasesFromTable(
      read([
        ["customer_id", "order_date", "quantity"],
        [null, "2024-01-05", 1],
        ["C02", "someday", 1],
        ["C03", "2024-01-07", 1],
      ])
    );
    expect(r.problems.map((p) => [p.row, p.column, p.field, p.code])).toEqual([
      [2, "A", "customer_id", "missing"],
      [3, "B", "order_date", "not-a-date"],
    ]);
    expect(r.ids).toEqual(["C03"]);
    expect(r.purchases.amount).toBeNull();
  });
});
