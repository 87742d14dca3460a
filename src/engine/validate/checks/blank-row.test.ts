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
