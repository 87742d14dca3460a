import { ENTERPRISE_TEMPLATE } from "../../template/enterprise";
import { testField, testTemplate } from "../../table/test-template";
import { buildTable, context, fixed, places } from "../test-table";
import { constraintError } from "./constraint-error";

const T = ENTERPRISE_TEMPLATE;

describe("constraintError", () => {
  it("reports readable values that break a constraint, naming which and the limit", () => {
    const table = buildTable({
      template: T,
      header: ["客户编号", "客户名称", "影响力(1-5)", "员工人数", "行业风险", "净利润"],
      rows: [
        ["C1", "甲", 6, -1, "很高", -50],
        ["C2", "乙", 1, 0, fixed("HIGH", "高", "高", "enum-synonym"), 0],
        ["C3", "丙", 5, null, "中", null],
      ],
    });
    const found = constraintError(table, T, context());
    expect(places(found)).toEqual([
      [2, "D", "employees", "constraint-error"],
      [2, "C", "influence", "constraint-error"],
      [2, "E", "industry_risk", "constraint-error"],
    ]);
    expect(found.map((f) => f.params)).toEqual([
      { constraint: "minimum", limit: 0, value: "-1" },
      { constraint: "maximum", limit: 5, value: "6" },
      { constraint: "enum", limit: "低|中|高", value: "很高" },
    ]);
    expect(found[0]).toMatchObject({ severity: "error", fix: null });
    expect(found).toHaveLength(3);
  });
  it("applies pattern and lengths of a custom template", () => {
    const t = testTemplate([
      testField("code", "string", { constraints: { pattern: "[A-Z]{2}\\d{3}", maxLength: 5 } }),
    ]);
    const table = buildTable({
      template: t,
      header: ["code"],
      rows: [["AB123"], ["ab123"], ["AB1234"]],
    });
    expect(constraintError(table, t, context()).map((f) => [f.row, f.params.constraint])).toEqual([
      [3, "pattern"],
      [4, "maxLength"],
    ]);
  });
});
