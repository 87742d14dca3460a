import type { CellValue } from "./cell";
import { findHeaderRow } from "./find-header-row";
import { buildHeaderMatcher } from "./match-header";
import { customerTemplate, testField, testTemplate } from "./test-template";

const template = customerTemplate();
const match = buildHeaderMatcher(template);
const n = template.fields.length;

describe("findHeaderRow", () => {
  it("finds a header below title and blank rows", () => {
    const rows: CellValue[][] = [
      ["企业客户档案", null, null],
      [],
      ["客户编号", "客户名称", "联系电话"],
      ["C1", "甲", "13800138000"],
    ];
    expect(findHeaderRow(rows, match, n)).toEqual({ index: 2, fields: 3 });
  });

  it("needs at least three fields", () => {
    expect(findHeaderRow([["客户编号", "客户名称", "备注"]], match, n)).toBeNull();
    expect(findHeaderRow([["客户编号", "客户名称", "电话"]], match, n)).toEqual({
      index: 0,
      fields: 3,
    });
  });

  it("needs only as many fields as a small template has", () => {
    const two = testTemplate([testField("id"), testField("name")]);
    expect(findHeaderRow([["x"], ["id", "name"]], buildHeaderMatcher(two), 2)).toEqual({
      index: 1,
      fields: 2,
    });
    expect(findHeaderRow([["id", "other"]], buildHeaderMatcher(two), 2)).toBeNull();
  });

  it("takes the row with the most fields, the earliest on a tie", () => {
    const rows: CellValue[][] = [
      ["编号", "名称", "电话"],
      ["客户编号", "客户名称", "联系电话", "电子邮箱"],
      ["customer_id", "name", "phone", "email"],
    ];
    expect(findHeaderRow(rows, match, n)).toEqual({ index: 1, fields: 4 });
  });

  it("searches the first 20 rows only", () => {
    const header = ["客户编号", "客户名称", "联系电话"];
    const rows: CellValue[][] = Array.from({ length: 25 }, () => []);
    rows[19] = header;
    expect(findHeaderRow(rows, match, n)).toEqual({ index: 19, fields: 3 });
    rows[19] = [];
    rows[20] = header;
    expect(findHeaderRow(rows, match, n)).toBeNull();
  });

  it("skips missing rows in a sparse array", () => {
    const rows: CellValue[][] = [];
    rows[3] = ["客户编号", "客户名称", "联系电话"];
    expect(findHeaderRow(rows, match, n)).toEqual({ index: 3, fields: 3 });
  });
});
