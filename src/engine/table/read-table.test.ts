import { recordsOf } from "./records.test-helper";
import type { CellValue } from "./cell";
import { readTable } from "./read-table";
import type { SheetData } from "./sheet";
import { customerTemplate } from "./test-template";

const template = customerTemplate();

function sheet(rows: CellValue[][], extra: Partial<SheetData> = {}): SheetData {
  return { name: "客户档案", rows, ...extra };
}

describe("readTable", () => {
  const rows: CellValue[][] = [
    ["企业客户档案", null, null, null, null, null],
    [],
    ["客户编号", "客户名称", "备注", null, "编号", "注册资本(万元)", null, null],
    [1001, " 甲公司 ", "x", null, "dup", "1.2万"],
    [],
    ["C3", "丙", null, null, null, 50],
    [null, null],
    [null, "  "],
  ];
  const table = readTable(sheet(rows), template);

  it("finds the header below a title and a blank row", () => {
    expect(table.sheet).toBe("客户档案");
    expect(table.headerRow).toBe(3);
  });

  it("lists the header's columns up to its last non-empty label", () => {
    expect(table.columns).toEqual([
      { index: 0, letter: "A", label: "客户编号", field: "customer_id" },
      { index: 1, letter: "B", label: "客户名称", field: "name" },
      { index: 2, letter: "C", label: "备注", field: null },
      { index: 3, letter: "D", label: "", field: null },
      { index: 4, letter: "E", label: "编号", field: "customer_id", duplicateOf: 0 },
      { index: 5, letter: "F", label: "注册资本(万元)", field: "registered_capital" },
    ]);
  });

  it("maps each matched field to its first column", () => {
    expect(table.fieldColumns).toEqual({ customer_id: 0, name: 1, registered_capital: 5 });
  });

  it("keeps rows up to the last non-empty one, blank rows inside listed apart, trailing ones dropped", () => {
    expect(Array.from(table.rows)).toEqual([4, 6]);
    expect(table.blankRows).toEqual([5]);
  });

  it("gives each record its raw row as given and its cells read by field", () => {
    const [first, second] = recordsOf(table);
    expect(first.raw).toBe(rows[3]);
    expect(Object.keys(first.cells)).toEqual(["customer_id", "name", "registered_capital"]);
    expect(first.cells.customer_id).toEqual({ raw: 1001, status: "ok", value: "1001" });
    expect(first.cells.name).toMatchObject({ status: "fixed", value: "甲公司" });
    expect(first.cells.registered_capital).toMatchObject({ status: "fixed", value: 12000 });
    expect(second.cells.registered_capital).toMatchObject({ status: "ok", value: 50 });
  });

  it("copies ragged from the sheet", () => {
    expect(table.ragged).toBe(false);
    expect(readTable(sheet(rows, { ragged: true }), template).ragged).toBe(true);
  });

  it("reports no header as headerRow null with no columns or records", () => {
    expect(
      readTable(
        sheet([
          ["a", "b"],
          [1, 2],
        ]),
        template
      )
    ).toMatchObject({
      sheet: "客户档案",
      headerRow: null,
      columns: [],
      fieldColumns: {},
      size: 0,
      blankRows: [],
      ragged: false,
    });
  });

  it("uses a header row the caller names, even one the search would not take", () => {
    const t = readTable(sheet([["title"], ["客户编号", "x"], ["C1", "y"]]), template, {
      headerRow: 2,
    });
    expect(t.headerRow).toBe(2);
    expect(t.fieldColumns).toEqual({ customer_id: 0 });
    expect(t.fields.customer_id.values).toEqual(["C1"]);
    expect(readTable(sheet(rows), template, { headerRow: 0 }).headerRow).toBeNull();
  });

  it("has no records when nothing follows the header", () => {
    const t = readTable(sheet([["客户编号", "客户名称", "电话"], [], [null]]), template);
    expect(t.headerRow).toBe(1);
    expect(t.size).toBe(0);
  });

  it("reads missing cells of short rows and holes of sparse rows as empty", () => {
    const data: CellValue[][] = [["客户编号", "客户名称", "电话"], ["C1"]];
    data[3] = ["C2", "乙", "13800138000"];
    const t = readTable(sheet(data), template);
    expect(Array.from(t.rows)).toEqual([2, 4]);
    expect(t.blankRows).toEqual([3]);
    expect(recordsOf(t)[0].cells.phone).toEqual({ raw: null, status: "empty", value: null });
  });

  it("stops at the data when a million empty rows follow it", () => {
    const empty: CellValue[] = [null, null, null];
    const data: CellValue[][] = new Array<CellValue[]>(1_000_002).fill(empty);
    data[0] = ["客户编号", "客户名称", "电话"];
    data[1] = ["C1", "甲", null];
    const t = readTable(sheet(data), template);
    expect(t.size).toBe(1);
  });
});
