import { ENTERPRISE_TEMPLATE } from "../../template/enterprise";
import { buildTable, context, fixed, places } from "../test-table";
import { uniqueError } from "./unique-error";

const T = ENTERPRISE_TEMPLATE;

describe("uniqueError", () => {
  it("reports each later repeat of a unique value, naming the first row", () => {
    const table = buildTable({
      template: T,
      header: ["客户编号", "客户名称"],
      rows: [["C1", "甲"], ["C2", "乙"], ["C1", "丙"], [], ["C1", "丁"]],
    });
    const found = uniqueError(table, T, context());
    expect(places(found)).toEqual([
      [4, "A", "customer_id", "unique-error"],
      [6, "A", "customer_id", "unique-error"],
    ]);
    expect(found.map((f) => f.params)).toEqual([
      { value: "C1", firstRow: 2 },
      { value: "C1", firstRow: 2 },
    ]);
  });
  it("compares values as read: case counts, spaces the reader removed do not, empties are skipped", () => {
    const table = buildTable({
      template: T,
      header: ["客户编号", "客户名称"],
      rows: [
        ["c1", "甲"],
        ["C1", "乙"],
        [fixed(" C1 ", "C1", "C1", "spaces"), "丙"],
        [null, "丁"],
        [null, "戊"],
      ],
    });
    expect(uniqueError(table, T, context()).map((f) => [f.row, f.params.firstRow])).toEqual([
      [4, 3],
    ]);
  });
  it("ignores fields that are not unique", () => {
    const table = buildTable({
      template: T,
      header: ["客户编号", "客户名称"],
      rows: [
        ["C1", "甲"],
        ["C2", "甲"],
      ],
    });
    expect(uniqueError(table, T, context())).toEqual([]);
  });
});
