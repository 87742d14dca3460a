import { ENTERPRISE_TEMPLATE } from "../template/enterprise";
import {
  EMPTY,
  ERROR,
  FIXED,
  INVALID,
  OK,
  fieldNumbers,
  fieldStatus,
  fieldValues,
  forgetRecordColumns,
  recordColumns,
} from "./record-columns";
import { buildTable, fixed, invalid, ok } from "./test-table";

const T = ENTERPRISE_TEMPLATE;

describe("recordColumns", () => {
  const table = buildTable({
    template: T,
    header: ["客户编号", "客户名称", "交易次数"],
    rows: [
      ["C1", "甲", 3],
      [],
      [ok("C2", "C2"), invalid("?", "x"), fixed("1,200", 1200, 1200, "thousands-separator")],
      ["C3", { error: "#N/A" }, null, "extra"],
    ],
  });

  it("lays out the non-blank records: rows, row widths, blank rows", () => {
    const columns = recordColumns(table);
    expect([...columns.rows]).toEqual([2, 4, 5]);
    expect([...columns.widths]).toEqual([3, 3, 4]);
    expect(columns.blankRows).toEqual([3]);
  });

  it("codes each field's statuses, and reads values and numbers of readable cells", () => {
    const columns = recordColumns(table);
    expect([...fieldStatus(columns, "name")]).toEqual([OK, INVALID, ERROR]);
    expect([...fieldStatus(columns, "orders")]).toEqual([OK, FIXED, EMPTY]);
    expect([...fieldStatus(columns, "phone")]).toEqual([EMPTY, EMPTY, EMPTY]);
    expect(fieldValues(columns, "name")).toEqual(["甲", null, null]);
    expect(fieldValues(columns, "customer_id")).toEqual(["C1", "C2", "C3"]);
    expect([...fieldNumbers(columns, "orders")]).toEqual([3, 1200, NaN]);
    expect([...fieldNumbers(columns, "name")]).toEqual([NaN, NaN, NaN]);
  });

  it("is built once per table's records, again when forgotten", () => {
    const first = recordColumns(table);
    expect(recordColumns({ ...table })).toBe(first);
    forgetRecordColumns(table);
    const second = recordColumns(table);
    expect(second).not.toBe(first);
  });
});
