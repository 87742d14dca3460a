import { ENTERPRISE_TEMPLATE } from "../template/enterprise";
import { recordColumns } from "./record-columns";
import { buildTable, invalid, ok } from "./test-table";
import { valueGroups } from "./value-groups";

describe("valueGroups", () => {
  const table = buildTable({
    template: ENTERPRISE_TEMPLATE,
    header: ["客户编号", "客户名称"],
    rows: [
      ["C1", "甲"],
      ["c1", "乙"],
      [ok(" C1", "C1"), "丙"],
      [null, "丁"],
      [invalid("?", "x"), "戊"],
      [ok(1, 1), "己"],
      [ok("1", "1"), "庚"],
      [ok(-0, -0), "辛"],
      [ok(0, 0), "壬"],
    ],
  });

  it("points each record at the first with the same value as read, -1 without one", () => {
    expect([...valueGroups(recordColumns(table), "customer_id")]).toEqual([
      0, 1, 0, -1, -1, 5, 6, 7, 7,
    ]);
  });

  it("works a field out once per layout", () => {
    const columns = recordColumns(table);
    expect(valueGroups(columns, "name")).toBe(valueGroups(columns, "name"));
  });
});
