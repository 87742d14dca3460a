import { ENTERPRISE_TEMPLATE } from "../../template/enterprise";
import { buildTable, context, date, places } from "../test-table";
import { crossFieldError } from "./cross-field-error";

const T = ENTERPRISE_TEMPLATE;

describe("crossFieldError", () => {
  it("puts last purchase before first purchase on last_purchase; the same day is fine", () => {
    const table = buildTable({
      template: T,
      header: ["客户编号", "首次交易日期", "最近交易日期"],
      rows: [
        ["C1", date("2024-03-05"), date("2024-03-04")],
        ["C2", date("2024-03-05"), date("2024-03-05")],
      ],
    });
    const found = crossFieldError(table, T, context());
    expect(places(found)).toEqual([[2, "C", "last_purchase", "cross-field-error"]]);
    expect(found[0].params).toEqual({
      rule: "last-before-first",
      value: "2024-03-04",
      other: "first_purchase",
      otherValue: "2024-03-05",
    });
  });

  it("puts current above total on the current field; equal is fine", () => {
    const table = buildTable({
      template: T,
      header: ["客户编号", "资产总额", "负债总额", "流动资产", "流动负债"],
      rows: [
        ["C1", 100, 50, 100.01, 51],
        ["C2", 100, 50, 100, 50],
        ["C3", null, 50, 10, null],
      ],
    });
    const found = crossFieldError(table, T, context());
    expect(places(found)).toEqual([
      [2, "D", "current_assets", "cross-field-error"],
      [2, "E", "current_liabilities", "cross-field-error"],
    ]);
    expect(found.map((f) => f.params.rule)).toEqual([
      "current-above-total-assets",
      "current-above-total-liabilities",
    ]);
  });

  it("puts orders 0 with a purchase date or with sales above 0 on orders, once per rule", () => {
    const table = buildTable({
      template: T,
      header: ["客户编号", "首次交易日期", "最近交易日期", "交易次数", "累计销售额"],
      rows: [
        ["C1", date("2024-01-01"), date("2024-02-01"), 0, 0],
        ["C2", date("2024-01-01"), null, 0, null],
        ["C3", null, null, 0, 10],
        ["C4", null, null, 0, 0],
        ["C5", date("2024-01-01"), date("2024-02-01"), 1, 10],
      ],
    });
    const found = crossFieldError(table, T, context());
    expect(places(found)).toEqual([
      [2, "D", "orders", "cross-field-error"],
      [3, "D", "orders", "cross-field-error"],
      [4, "D", "orders", "cross-field-error"],
    ]);
    expect(found.map((f) => [f.params.rule, f.params.other])).toEqual([
      ["orders-zero-with-date", "last_purchase"],
      ["orders-zero-with-date", "first_purchase"],
      ["orders-zero-with-sales", "sales_amount"],
    ]);
  });

  it("needs both fields' columns", () => {
    const table = buildTable({
      template: T,
      header: ["客户编号", "流动资产"],
      rows: [["C1", 100]],
    });
    expect(crossFieldError(table, T, context())).toEqual([]);
  });
});
