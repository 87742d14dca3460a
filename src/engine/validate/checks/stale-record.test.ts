import { ENTERPRISE_TEMPLATE } from "../../template/enterprise";
import { buildTable, context, date, day, places } from "../test-table";
import { staleRecord } from "./stale-record";

const T = ENTERPRISE_TEMPLATE;

describe("staleRecord", () => {
  const table = buildTable({
    template: T,
    header: ["客户编号", "档案更新日期"],
    rows: [
      ["C1", date("2023-07-01")],
      ["C2", date("2023-06-30")],
      ["C3", date("2023-06-29")],
      ["C4", null],
    ],
  });

  it("warns when as-of minus last_updated is above 365 days (365 exactly is not stale)", () => {
    // 2023-07-01 -> 2024-06-30 is 365 days (2024 is a leap year).
    const found = staleRecord(table, T, context({ asOf: day("2024-06-30") }));
    expect(places(found)).toEqual([
      [3, "B", "last_updated", "stale-record"],
      [4, "B", "last_updated", "stale-record"],
    ]);
    expect(found[0]).toMatchObject({
      severity: "warning",
      params: { value: "2023-06-30", days: 366, limit: 365 },
    });
  });

  it("uses the context's limit", () => {
    expect(
      staleRecord(table, T, context({ asOf: day("2024-06-30"), staleDays: 366 })).map((f) => f.row)
    ).toEqual([4]);
  });
});
