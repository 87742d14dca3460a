import { tableFromCells } from "../../table/table-from-cells";
import { ENTERPRISE_TEMPLATE } from "../../template/enterprise";
import { buildTable, context, places } from "../test-table";
import { blankRow } from "./blank-row";

const T = ENTERPRISE_TEMPLATE;

describe("blankRow", () => {
  it("reports blank rows inside the table as info, not those after the last data row", () => {
    const table = buildTable({
      template: T,
      header: ["客户编号", "客户名称"],
      rows: [["C1", "甲"], [null, "  "], [], ["C2", "乙"], [], [null]],
    });
    const found = blankRow(table, T, context());
    expect(places(found)).toEqual([
      [3, null, null, "blank-row"],
      [4, null, null, "blank-row"],
    ]);
    expect(found[0].severity).toBe("info");
  });
});

describe("blank-row on a large table", () => {
  it("handles 200,000 records without overflowing the call stack", () => {
    const rows = Array.from({ length: 200_000 }, (_, i) => ({
      row: i + 2,
      raw: [],
      blank: i === 5,
      cells: {},
    }));
    const table = tableFromCells(
      { sheet: "s", headerRow: 1, columns: [], fieldColumns: {}, ragged: false },
      rows
    );
    expect(
      blankRow(
        table,
        { fields: [], id: "t", title: { "zh-CN": "", "en-US": "" }, version: 1 },
        { asOf: 0 }
      ).map((f) => f.row)
    ).toEqual([7]);
  });
});
