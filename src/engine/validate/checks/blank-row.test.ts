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
    expect(places(found)).toEqual([[3, null, null, "blank-row"]]);
    expect(found[0].params).toEqual({ lastRow: 4, count: 2 });
    expect(found[0].severity).toBe("info");
  });

  it("reports each run of empty rows once, with its last row and count; a lone empty row plainly", () => {
    const table = buildTable({
      template: T,
      header: ["客户编号", "客户名称"],
      rows: [["C1", "甲"], [], ["C2", "乙"], [], [], [], ["C3", "丙"]],
    });
    const found = blankRow(table, T, context());
    expect(found.map((f) => [f.row, f.params])).toEqual([
      [3, {}],
      [5, { lastRow: 7, count: 3 }],
    ]);
  });
});

describe("blank-row on a large table", () => {
  it("gives one finding for a million empty rows before a stray value in the sheet's last row", () => {
    const last = 1_048_576;
    const rows = Array.from({ length: last - 2 }, (_, i) => ({
      row: i + 2,
      raw: [],
      blank: i !== 0 && i !== last - 3,
      cells: {},
    }));
    const table = tableFromCells(
      { sheet: "s", headerRow: 1, columns: [], fieldColumns: {}, ragged: false },
      rows
    );
    const found = blankRow(
      table,
      { fields: [], id: "t", title: { "zh-CN": "", "en-US": "" }, version: 1 },
      { asOf: 0 }
    );
    expect(found.map((f) => [f.row, f.params])).toEqual([
      [3, { lastRow: last - 2, count: last - 4 }],
    ]);
  });

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
