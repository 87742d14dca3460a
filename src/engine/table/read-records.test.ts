import type { CellValue } from "./cell";
import { readRecords } from "./read-records";
import { readTableHead } from "./read-table-head";
import { customerTemplate } from "./test-template";

const template = customerTemplate();
const rows: CellValue[][] = [
  ["客户编号", "客户名称", "电话", "客户编号"],
  ["C1", "甲"],
  ["C2", "乙"],
  ["C3", "丙"],
];
const sheet = { name: "s", rows };
const head = readTableHead(sheet, template);

describe("readRecords", () => {
  it("reads every data row by default, in template field order, first column of a field only", () => {
    const records = readRecords(sheet, template, head);
    expect(records.map((r) => r.row)).toEqual([2, 3, 4]);
    expect(Object.keys(records[0].cells)).toEqual(["customer_id", "name", "phone"]);
    expect(records[2].cells.customer_id).toEqual({ raw: "C3", status: "ok", value: "C3" });
  });

  it("reads a slice, clipped to the data rows", () => {
    expect(readRecords(sheet, template, head, 2, 3).map((r) => r.row)).toEqual([3]);
    expect(readRecords(sheet, template, head, 0, 100).map((r) => r.row)).toEqual([2, 3, 4]);
    expect(readRecords(sheet, template, head, 3, 2)).toEqual([]);
  });

  it("slices that cover the data give the same records as one read", () => {
    const whole = readRecords(sheet, template, head);
    const sliced = [
      ...readRecords(sheet, template, head, 1, 3),
      ...readRecords(sheet, template, head, 3, 4),
    ];
    expect(sliced).toEqual(whole);
  });
});
