import { ENTERPRISE_TEMPLATE } from "../../template/enterprise";
import { testField, testTemplate } from "../../table/test-template";
import { buildTable, context, date, day, places } from "../test-table";
import { futureDate } from "./future-date";

const T = ENTERPRISE_TEMPLATE;

describe("futureDate", () => {
  it("reports a date after the as-of date in founded, last_updated, first and last purchase; the as-of day is fine", () => {
    const table = buildTable({
      template: T,
      header: ["客户编号", "成立日期", "档案更新日期", "首次交易日期", "最近交易日期"],
      rows: [
        ["C1", date("2024-07-01"), date("2024-07-01"), date("2024-07-01"), date("2024-07-01")],
        ["C2", date("2024-06-30"), date("2024-06-30"), date("2024-06-30"), date("2024-06-30")],
      ],
    });
    const found = futureDate(table, T, context({ asOf: day("2024-06-30") }));
    expect(places(found)).toEqual([
      [2, "B", "founded", "future-date"],
      [2, "C", "last_updated", "future-date"],
      [2, "D", "first_purchase", "future-date"],
      [2, "E", "last_purchase", "future-date"],
    ]);
    expect(found[0]).toMatchObject({
      severity: "error",
      params: { value: "2024-07-01", asOf: "2024-06-30" },
    });
  });
  it("ignores date fields not marked past", () => {
    const t = testTemplate([testField("due", "date")]);
    const table = buildTable({ template: t, header: ["due"], rows: [[date("2030-01-01")]] });
    expect(futureDate(table, t, context())).toEqual([]);
  });
});
