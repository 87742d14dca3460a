import { ENTERPRISE_TEMPLATE } from "../../template/enterprise";
import { buildTable, context, day, fixed, places } from "../test-table";
import { formatFix } from "./format-fix";

const T = ENTERPRISE_TEMPLATE;

describe("formatFix", () => {
  it("reports each generously read cell as info, proposing the reader's fix", () => {
    const table = buildTable({
      template: T,
      header: ["客户编号", "成立日期", "注册资本(万元)"],
      rows: [
        [
          "C1",
          fixed("2024年3月5日", day("2024-03-05"), "2024-03-05", "date-text"),
          fixed("1,234.50", 1234.5, 1234.5, "thousands-separator"),
        ],
        ["C2", null, 12],
      ],
    });
    const found = formatFix(table, T, context());
    expect(places(found)).toEqual([
      [2, "B", "founded", "format-fix"],
      [2, "C", "registered_capital", "format-fix"],
    ]);
    expect(found[0]).toEqual({
      row: 2,
      column: "B",
      field: "founded",
      code: "format-fix",
      severity: "info",
      params: { value: "2024年3月5日", reading: "date-text", fixed: "2024-03-05" },
      fix: "2024-03-05",
    });
    expect(found[1].fix).toBe(1234.5);
  });
});
