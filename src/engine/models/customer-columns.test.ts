import type { FieldValue, ReadCell, Table } from "../table/table";
import {
  customerAt,
  customerColumnsFromObjects,
  customerColumnsFromTable,
  customerValue,
  fillCustomer,
  numberColumn,
} from "./customer-columns";
import { emptyCustomer } from "./empty-customer";
import { handTable } from "./hand-table.test-helper";

const tableOf = (fields: string[], rows: (FieldValue | null | ReadCell)[][]): Table =>
  handTable("客户档案", fields, rows);

const fixed: ReadCell = {
  raw: "1.2万",
  status: "fixed",
  value: 12_000,
  fix: { value: 12_000, reading: "wan" },
};
const invalid: ReadCell = { raw: "abc", status: "invalid", value: null, problem: "not-a-number" };
const error: ReadCell = { raw: { error: "#N/A" }, status: "error", value: null };

/** Blank records, records without an id, errors, fixes, numeric ids and padded text. */
const messy = tableOf(
  ["customer_id", "name", "orders", "sales_amount", "last_purchase", "region"],
  [
    ["C1", " 甲 ", 3, fixed, 19_800, "华东"],
    [null, null, null, null, null, null],
    [null, "无编号", 1, 5, null, null],
    [1002, null, invalid, 7.5, error, " "],
    [error, "错误编号", 2, 1, null, null],
    ["C3", "乙", error, Infinity, null, "华北"],
  ]
);

describe("customer columns over a table", () => {
  const columns = customerColumnsFromTable(messy);

  it("gives each customer with an id, its fields read as Customer holds them", () => {
    expect(columns.size).toBe(3);
    expect(Array.from(columns.rows)).toEqual([2, 5, 7]);
    expect(customerAt(columns, 0)).toMatchObject({
      row: 2,
      customer_id: "C1",
      name: "甲",
      orders: 3,
      sales_amount: 12_000,
      last_purchase: 19_800,
      region: "华东",
    });
    // A numeric id keeps its digits; an unreadable cell and blank text are null.
    expect(customerAt(columns, 1)).toMatchObject({
      customer_id: "1002",
      name: null,
      orders: null,
      sales_amount: 7.5,
      last_purchase: null,
      region: null,
    });
    // An infinite figure is no figure.
    expect(customerAt(columns, 2)).toMatchObject({
      customer_id: "C3",
      orders: null,
      sales_amount: null,
    });
    expect(customerAt(columns, 2).gross_profit).toBeNull();
  });

  it("refills one object customer after customer, to the same values", () => {
    const scratch = emptyCustomer("", 0);
    for (let k = 0; k < columns.size; k++)
      expect({ ...fillCustomer(columns, k, scratch) }).toEqual(customerAt(columns, k));
  });

  it("reads one field of one customer, and a number field as a column with NaN for null", () => {
    expect(columns.ids).toEqual(["C1", "1002", "C3"]);
    expect(customerValue(columns, "name", 0)).toBe("甲");
    expect(customerValue(columns, "region", 1)).toBeNull();
    expect(Array.from(numberColumn(columns, "sales_amount"))).toEqual([12_000, 7.5, NaN]);
    expect(Array.from(numberColumn(columns, "orders"))).toEqual([3, NaN, NaN]);
    expect(Array.from(numberColumn(columns, "influence"))).toEqual([NaN, NaN, NaN]);
  });

  it("shares the table's own number column when every record is a customer", () => {
    const clean = tableOf(
      ["customer_id", "orders"],
      [
        ["A", 1],
        ["B", 2],
      ]
    );
    const cols = customerColumnsFromTable(clean);
    expect(numberColumn(cols, "orders")).toBe(clean.fields.orders.numbers);
    expect(numberColumn(cols, "orders")).toBe(numberColumn(cols, "orders"));
  });
});

describe("customer columns over objects", () => {
  it("gives the objects back and reads their fields", () => {
    const a = { ...emptyCustomer("A", 2), orders: 4 };
    const b = emptyCustomer("B", 3);
    const columns = customerColumnsFromObjects([a, b], ["customer_id", "orders", "not-a-field"]);
    expect(customerAt(columns, 0)).toBe(a);
    expect([...columns.present]).toEqual(["customer_id", "orders"]);
    expect(Array.from(numberColumn(columns, "orders"))).toEqual([4, NaN]);
    expect(Array.from(columns.rows)).toEqual([2, 3]);
  });
});
