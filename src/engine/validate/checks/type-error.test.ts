import { ENTERPRISE_TEMPLATE } from "../../template/enterprise";
import { buildTable, context, invalid, places } from "../test-table";
import { typeError } from "./type-error";

const T = ENTERPRISE_TEMPLATE;

describe("typeError", () => {
  it("reports unreadable cells, an invalid phone or email included, with the reader's problem", () => {
    const table = buildTable({
      template: T,
      header: ["客户编号", "客户名称", "联系电话", "电子邮箱", "员工人数"],
      rows: [
        [
          "C1",
          "甲",
          invalid("138-1234", "bad-phone"),
          invalid("a@b", "bad-email"),
          invalid("many", "not-a-number"),
        ],
        ["C2", "乙", "13812345678", null, 12],
      ],
    });
    const found = typeError(table, T, context());
    expect(places(found)).toEqual([
      [2, "C", "phone", "type-error"],
      [2, "D", "email", "type-error"],
      [2, "E", "employees", "type-error"],
    ]);
    expect(found[0].params).toEqual({
      value: "138-1234",
      type: "string",
      format: "phone",
      problem: "bad-phone",
    });
    expect(found[2].params).toEqual({
      value: "many",
      type: "integer",
      format: null,
      problem: "not-a-number",
    });
  });
});
