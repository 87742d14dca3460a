import { newFieldColumn, setCell } from "../table/field-column";
import { fixedCell, invalidCell } from "../table/read-result";
import { ENTERPRISE_TEMPLATE } from "../template/enterprise";
import { ERROR, FIXED, INVALID, OK } from "./record-columns";
import { recordsWithStatus } from "./records-with-status";
import { buildTable, fixed, invalid } from "./test-table";

describe("recordsWithStatus", () => {
  const table = buildTable({
    template: ENTERPRISE_TEMPLATE,
    header: ["客户编号", "客户名称", "交易次数"],
    rows: [
      ["C1", invalid("?", "x"), 3],
      ["C2", "乙", fixed("1,200", 1200, 1200, "thousands-separator")],
      ["C3", { error: "#N/A" }, invalid("many", "not-a-number")],
      ["C4", invalid("!", "y"), fixed("7件", 7, 7, "text-number")],
    ],
  });

  it("lists the records whose cell has the status, in record order", () => {
    expect(recordsWithStatus(table, "name", INVALID)).toEqual([0, 3]);
    expect(recordsWithStatus(table, "name", ERROR)).toEqual([2]);
    expect(recordsWithStatus(table, "orders", FIXED)).toEqual([1, 3]);
    expect(recordsWithStatus(table, "orders", OK)).toEqual([]);
  });

  it("finds nothing for a field without a column", () => {
    expect(recordsWithStatus(table, "email", INVALID)).toEqual([]);
  });

  it("keeps record order when the details were filled out of order", () => {
    const column = newFieldColumn(5, true);
    setCell(column, 4, invalidCell("x", "not-a-number"));
    setCell(column, 1, fixedCell("1,000", 1000, 1000, "thousands-separator"));
    setCell(column, 2, invalidCell("y", "not-a-number"));
    const built = { ...table, fields: { ...table.fields, orders: column } };
    expect(recordsWithStatus(built, "orders", INVALID)).toEqual([2, 4]);
  });
});
