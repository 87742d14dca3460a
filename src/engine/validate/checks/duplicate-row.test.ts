import { ENTERPRISE_TEMPLATE } from "../../template/enterprise";
import { buildTable, context, date, places } from "../test-table";
import { duplicateRow, rowKey } from "./duplicate-row";

const T = ENTERPRISE_TEMPLATE;

describe("duplicateRow", () => {
  it("warns on a later row that repeats an earlier one cell for cell", () => {
    const table = buildTable({
      template: T,
      header: ["客户编号", "客户名称", "成立日期"],
      rows: [
        ["C1", "甲", date("2020-01-02")],
        ["C1", "甲", date("2020-01-02"), null],
        [],
        [],
        ["C1", "甲", date("2020-01-03")],
        ["C1", "甲", date("2020-01-02")],
      ],
    });
    const found = duplicateRow(table, T, context());
    expect(places(found)).toEqual([
      [3, null, null, "duplicate-row"],
      [7, null, null, "duplicate-row"],
    ]);
    expect(found[0]).toMatchObject({ severity: "warning", params: { firstRow: 2 } });
  });
  it("compares whole rows only where the id repeats, and still finds repeats without an id", () => {
    const table = buildTable({
      template: T,
      header: ["客户编号", "客户名称", "成立日期"],
      rows: [
        ["C1", "甲", date("2020-01-02")],
        ["C2", "甲", date("2020-01-02")],
        ["C1", "乙", date("2020-01-02")],
        [null, "丙"],
        ["  ", "丙", null],
        ["C1", "甲", date("2020-01-02"), "  "],
      ],
    });
    expect(duplicateRow(table, T, context()).map((f) => [f.row, f.params.firstRow])).toEqual([
      [6, 5],
      [7, 2],
    ]);
  });

  it("finds repeats in a table without an id column, or without any field's column", () => {
    for (const header of [
      ["客户名称", "备注"],
      ["备注", "说明"],
    ]) {
      const table = buildTable({
        template: T,
        header,
        rows: [
          ["甲", "x"],
          ["甲", "y"],
          ["甲", "x"],
        ],
      });
      expect(places(duplicateRow(table, T, context()))).toEqual([[4, null, null, "duplicate-row"]]);
    }
  });

  it("tells apart a number from its text, and case", () => {
    expect(rowKey([1, "a"])).not.toBe(rowKey(["1", "a"]));
    expect(rowKey(["A"])).not.toBe(rowKey(["a"]));
    expect(rowKey(["a", null, "  "])).toBe(rowKey(["a"]));
    expect(rowKey([null, "a"])).not.toBe(rowKey(["a"]));
  });
});
