import type { CellValue } from "./cell";
import { readTableHead } from "./read-table-head";
import { customerTemplate } from "./test-template";

const template = customerTemplate();

describe("readTableHead", () => {
  it("gives the data rows from below the header to the last non-empty row", () => {
    const rows: CellValue[][] = [
      ["标题"],
      ["客户编号", "客户名称", "电话"],
      ["C1"],
      [],
      ["C2"],
      [null],
      ["  "],
    ];
    const head = readTableHead({ name: "s", rows }, template);
    expect(head).toMatchObject({ headerRow: 2, dataStart: 2, dataEnd: 5 });
    expect(head.fieldColumns).toEqual({ customer_id: 0, name: 1, phone: 2 });
  });

  it("gives an empty range when nothing follows the header", () => {
    const head = readTableHead(
      { name: "s", rows: [["客户编号", "客户名称", "电话"], []] },
      template
    );
    expect(head).toMatchObject({ headerRow: 1, dataStart: 1, dataEnd: 1 });
    expect(
      readTableHead({ name: "s", rows: [[], [], ["客户编号"]] }, template, { headerRow: 3 })
    ).toMatchObject({
      dataStart: 3,
      dataEnd: 3,
    });
  });

  it("has no columns for a named header row past the end of the sheet", () => {
    const head = readTableHead({ name: "s", rows: [["x"]] }, template, { headerRow: 9 });
    expect(head).toMatchObject({
      headerRow: 9,
      columns: [],
      fieldColumns: {},
      dataStart: 9,
      dataEnd: 9,
    });
  });

  it("ignores a named header row that is no row number", () => {
    for (const headerRow of [0, -1, 1.5, NaN]) {
      expect(
        readTableHead({ name: "s", rows: [["客户编号", "客户名称", "电话"]] }, template, {
          headerRow,
        }).headerRow
      ).toBeNull();
    }
  });

  it("treats white-space labels at the end of the header as no label", () => {
    const head = readTableHead(
      { name: "s", rows: [["客户编号", "客户名称", "电话", " ", null]] },
      template
    );
    expect(head.columns).toHaveLength(3);
  });
});
