import { ENTERPRISE_TEMPLATE } from "../../template/enterprise";
import { TRANSACTIONS_TEMPLATE } from "../../template/transactions";
import { buildTable, context, places } from "../test-table";
import { fuzzyDuplicate } from "./fuzzy-duplicate";

const T = ENTERPRISE_TEMPLATE;
const HEADER = ["客户编号", "客户名称", "联系电话", "电子邮箱"];

describe("fuzzyDuplicate", () => {
  it("warns on a later record with another id and the same name once legal suffixes are gone", () => {
    const table = buildTable({
      template: T,
      header: HEADER,
      rows: [
        ["C1", "华为技术有限公司"],
        ["C2", "华为 技术"],
        ["C3", "Acme Co.,Ltd."],
        ["C4", "ACME Inc."],
        ["C5", "中兴通讯"],
      ],
    });
    const found = fuzzyDuplicate(table, T, context());
    expect(places(found)).toEqual([
      [3, "B", "name", "fuzzy-duplicate"],
      [5, "B", "name", "fuzzy-duplicate"],
    ]);
    expect(found[0]).toMatchObject({
      severity: "warning",
      params: { value: "华为 技术", firstRow: 2, firstId: "C1", id: "C2" },
      fix: null,
    });
  });

  it("matches phones by their digits without +86/0086, and emails in any case; one finding per field", () => {
    const table = buildTable({
      template: T,
      header: HEADER,
      rows: [
        ["C1", "甲公司", "138-1234-5678", "Sales@Acme.com"],
        ["C2", "乙公司", "+86 138 1234 5678", "sales@acme.com"],
        ["C3", "丙公司", "0086 13812345678", "other@acme.com"],
        ["C4", "甲公司", "021-12345678", "x@y.cn"],
        ["C5", "丁公司", "+86 21 1234 5678", "X@Y.CN"],
      ],
    });
    expect(places(fuzzyDuplicate(table, T, context()))).toEqual([
      [5, "B", "name", "fuzzy-duplicate"],
      [3, "C", "phone", "fuzzy-duplicate"],
      [4, "C", "phone", "fuzzy-duplicate"],
      [6, "C", "phone", "fuzzy-duplicate"],
      [3, "D", "email", "fuzzy-duplicate"],
      [6, "D", "email", "fuzzy-duplicate"],
    ]);
  });

  it("matches a value hashed as it stands with one whose key had to be built", () => {
    // Digits only, ASCII and plain Chinese names are hashed without their key; the others build it.
    const table = buildTable({
      template: T,
      header: HEADER,
      rows: [
        ["C1", "ACME Co., Ltd.", "13812345678", "Ka@X.com"],
        ["C2", "ＡＣＭＥ", "138 1234 5678", "\u212Aa@x.com"],
        ["C3", "华为技术有限公司", "12345", " ka@x.com\u3000"],
        ["C4", "华为技术（有限公司）", "1-2-3-4-5", "kb@x.com"],
      ],
    });
    expect(places(fuzzyDuplicate(table, T, context()))).toEqual([
      [3, "B", "name", "fuzzy-duplicate"],
      [5, "B", "name", "fuzzy-duplicate"],
      [3, "C", "phone", "fuzzy-duplicate"],
      [5, "C", "phone", "fuzzy-duplicate"],
      [3, "D", "email", "fuzzy-duplicate"],
      [4, "D", "email", "fuzzy-duplicate"],
    ]);
  });

  it("leaves same-id repeats to unique-error and names the first record with another id", () => {
    const table = buildTable({
      template: T,
      header: HEADER,
      rows: [
        ["C1", "甲公司"],
        ["C1", "甲公司"],
        ["C2", "甲 公司"],
        ["C2", "甲公司股份有限公司"],
      ],
    });
    const found = fuzzyDuplicate(table, T, context());
    expect(found.map((f) => [f.row, f.params.firstRow, f.params.firstId])).toEqual([
      [4, 2, "C1"],
      [5, 2, "C1"],
    ]);
  });

  it("skips records without an id, empty names and names that are only a suffix", () => {
    const table = buildTable({
      template: T,
      header: HEADER,
      rows: [
        [null, "甲公司"],
        ["C2", "甲公司"],
        ["C3", "有限公司"],
        ["C4", "有限公司"],
        ["C5", null],
        ["C6", null],
      ],
    });
    expect(fuzzyDuplicate(table, T, context())).toEqual([]);
  });

  it("says nothing for a template without customer_id and names (transactions)", () => {
    const table = buildTable({
      template: TRANSACTIONS_TEMPLATE,
      header: ["订单号"],
      rows: [["1"], ["1"]],
    });
    expect(fuzzyDuplicate(table, TRANSACTIONS_TEMPLATE, context())).toEqual([]);
  });
});

describe("fuzzyDuplicate, many records under one key", () => {
  it("names the earliest record with another id, whichever id came first", () => {
    const T2 = ENTERPRISE_TEMPLATE;
    const table = buildTable({
      template: T2,
      header: ["客户编号", "客户名称"],
      rows: [
        ["C1", "甲公司"],
        ["C1", "甲公司"],
        ["C2", "甲公司"],
        ["C1", "甲公司"],
        ["C3", "甲公司"],
      ],
    });
    const found = fuzzyDuplicate(table, T2, context());
    expect(found.map((f) => [f.row, f.params.firstRow])).toEqual([
      [4, 2],
      [5, 4],
      [6, 2],
    ]);
  });
});
