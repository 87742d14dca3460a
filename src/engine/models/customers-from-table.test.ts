import type { FieldValue, ReadCell, Table } from "../table/table";
import { customersFromTable } from "./customers-from-table";
import { handTable } from "./hand-table.test-helper";

const tableOf = (fields: string[], rows: (FieldValue | null | ReadCell)[][]): Table =>
  handTable("客户档案", fields, rows);

describe("customersFromTable", () => {
  it("reads each record's fields by kind; fields the table lacks are null", () => {
    const t = tableOf(
      ["customer_id", "name", "orders", "last_purchase", "region"],
      [["C001", "甲公司", 3, 19_800, "华东"]]
    );
    const [c] = customersFromTable(t);
    expect(c).toMatchObject({
      row: 2,
      customer_id: "C001",
      name: "甲公司",
      orders: 3,
      last_purchase: 19_800,
      region: "华东",
    });
    expect(c.gross_profit).toBeNull();
    expect(c.influence).toBeNull();
  });

  it("skips blank records and records without a customer_id, keeps rows with errors", () => {
    const invalid: ReadCell = {
      raw: "abc",
      status: "invalid",
      value: null,
      problem: "not-a-number",
    };
    const error: ReadCell = { raw: { error: "#N/A" }, status: "error", value: null };
    const t = tableOf(
      ["customer_id", "name", "orders"],
      [
        [null, null, null],
        [null, "无编号", 1],
        ["C002", null, invalid],
        [error, "错误编号", 2],
        ["C003", "乙", error],
      ]
    );
    const out = customersFromTable(t);
    expect(out.map((c) => [c.customer_id, c.row, c.orders])).toEqual([
      ["C002", 4, null],
      ["C003", 6, null],
    ]);
  });

  it("keeps a fixed (generously read) value", () => {
    const fixed: ReadCell = {
      raw: "1.2万",
      status: "fixed",
      value: 12_000,
      fix: { value: 12_000, reading: "wan" },
    };
    expect(
      customersFromTable(tableOf(["customer_id", "sales_amount"], [["C1", fixed]]))[0].sales_amount
    ).toBe(12_000);
  });

  it("gives nothing for a table without a customer_id column", () => {
    expect(customersFromTable(tableOf(["name"], [["甲"]]))).toEqual([]);
  });
});
