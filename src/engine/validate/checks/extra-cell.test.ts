import { ENTERPRISE_TEMPLATE } from "../../template/enterprise";
import { buildTable, context, places } from "../test-table";
import { extraCell } from "./extra-cell";

const T = ENTERPRISE_TEMPLATE;

describe("extraCell", () => {
  it("reports each non-empty cell right of the last header column, ragged or not", () => {
    for (const ragged of [true, false]) {
      const table = buildTable({
        template: T,
        header: ["客户编号", "客户名称"],
        rows: [
          ["C1", "甲", null, " ", 7],
          ["C2", "乙"],
        ],
        ragged,
      });
      const found = extraCell(table, T, context());
      expect(places(found)).toEqual([[2, "E", null, "extra-cell"]]);
      expect(found[0]).toMatchObject({ severity: "error", params: { value: "7" } });
    }
  });
  it("counts a blank label inside the header as a header column", () => {
    const table = buildTable({
      template: T,
      header: ["客户编号", null, "客户名称"],
      rows: [["C1", "x", "甲"]],
    });
    expect(extraCell(table, T, context())).toEqual([]);
  });
});

describe("extraCell on a sparse row", () => {
  it("reports the one value in column XFD, and nothing for the gap before it", () => {
    const row: (string | number | null)[] = ["C1", "甲"];
    row[16_383] = 7;
    const table = buildTable({ template: T, header: ["客户编号", "客户名称"], rows: [row] });
    expect(places(extraCell(table, T, context()))).toEqual([[2, "XFD", null, "extra-cell"]]);
  });
});
