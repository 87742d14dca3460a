import type { CellValue } from "./cell";
import { readRecords } from "./read-records";
import { readTableHead } from "./read-table-head";
import { customerTemplate } from "./test-template";
import { EMPTY, FIXED, OK } from "./table";

const template = customerTemplate();
const rows: CellValue[][] = [
  ["客户编号", "客户名称", "电话", "客户编号", "注册资本（万元）"],
  ["C1", "甲", null, null, 12],
  [],
  ["客户编号", "客户名称", "电话"],
  ["C3", " 丙", null, null, "1.5万"],
];
const sheet = { name: "s", rows };
const head = readTableHead(sheet, template);

describe("readRecords", () => {
  const records = readRecords(sheet, template, head);

  it("keeps blank rows and repeats of the header out of the records, and lists them", () => {
    expect(records.size).toBe(2);
    expect(Array.from(records.rows)).toEqual([2, 5]);
    expect(records.blankRows).toEqual([3]);
    expect(records.repeatedHeaderRows).toEqual([4]);
    expect(records.raw[1]).toBe(rows[4]);
  });

  it("reads a column per field, in template field order, first column of a field only", () => {
    expect(Object.keys(records.fields)).toEqual([
      "customer_id",
      "name",
      "phone",
      "registered_capital",
    ]);
    expect(records.fields.customer_id.values).toEqual(["C1", "C3"]);
    expect(Array.from(records.fields.name.status)).toEqual([OK, FIXED]);
    expect(Array.from(records.fields.phone.status)).toEqual([EMPTY, EMPTY]);
  });

  it("stores numbers in a Float64Array and keeps only cells with more to say whole", () => {
    const capital = records.fields.registered_capital;
    expect(capital.numbers).toBeInstanceOf(Float64Array);
    expect(Array.from(capital.numbers!)).toEqual([12, 15000]);
    expect([...capital.details.keys()]).toEqual([1]);
    expect(capital.details.get(1)).toMatchObject({ status: "fixed", fix: { reading: "wan" } });
  });
});
