import { ENTERPRISE_TEMPLATE } from "../template/enterprise";
import { cellOf, dataRecords, isReadable, letterOf, presentFields } from "./field-cells";
import { buildTable, fixed, invalid, ok } from "./test-table";

const T = ENTERPRISE_TEMPLATE;

describe("field-cells", () => {
  const table = buildTable({
    template: T,
    header: ["备注", "客户名称", "客户编号"],
    rows: [["x", "甲", "C1"], [], ["y"]],
  });

  it("lists the template's fields that have a column, in template order, with letters", () => {
    expect(presentFields(table, T).map((p) => [p.field.name, p.index, p.letter])).toEqual([
      ["customer_id", 2, "C"],
      ["name", 1, "B"],
    ]);
    expect(letterOf(table, 27)).toBe("AB");
  });

  it("reads a field the reader left out as empty and skips blank records", () => {
    expect(cellOf(table.records[0], "phone")).toEqual({ raw: null, status: "empty", value: null });
    expect(dataRecords(table).map((r) => r.row)).toEqual([2, 4]);
  });

  it("calls ok and fixed cells readable, others not", () => {
    expect(
      [
        ok("a", "a"),
        fixed(" a", "a", "a", "spaces"),
        invalid("a", "x"),
        cellOf(table.records[0], "phone"),
      ].map(isReadable)
    ).toEqual([true, true, false, false]);
  });
});

describe("dataRecords, shared between checks", () => {
  it("filters a records array once and gives the same array again", () => {
    const table = buildTable({ template: T, header: ["客户编号"], rows: [["C1"], [], ["C2"]] });
    const first = dataRecords(table);
    expect(dataRecords(table)).toBe(first);
    expect(dataRecords({ ...table })).toBe(first);
  });

  it("filters again when records were added", () => {
    const table = buildTable({ template: T, header: ["客户编号"], rows: [["C1"]] });
    expect(dataRecords(table)).toHaveLength(1);
    table.records.push({ ...table.records[0], row: 3 });
    expect(dataRecords(table).map((r) => r.row)).toEqual([2, 3]);
  });
});
