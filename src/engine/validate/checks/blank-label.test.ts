import { ENTERPRISE_TEMPLATE } from "../../template/enterprise";
import { buildTable, context, places } from "../test-table";
import { blankLabel } from "./blank-label";

const T = ENTERPRISE_TEMPLATE;

describe("blankLabel", () => {
  it("reports an empty header cell inside the table, on the header row", () => {
    const table = buildTable({
      template: T,
      header: ["客户编号", null, "  ", "客户名称"],
      rows: [],
      headerRow: 3,
    });
    expect(places(blankLabel(table, T, context()))).toEqual([
      [3, "B", null, "blank-label"],
      [3, "C", null, "blank-label"],
    ]);
  });
  it("ignores blank cells right of the last label", () => {
    const table = buildTable({
      template: T,
      header: ["客户编号", "客户名称", null, null],
      rows: [],
    });
    expect(blankLabel(table, T, context())).toEqual([]);
  });
});
