import { ENTERPRISE_TEMPLATE } from "../../template/enterprise";
import { testField, testTemplate } from "../../table/test-template";
import { buildTable, context, fixed, places } from "../test-table";
import { brokenConstraint } from "./broken-constraint";
import { constraintError } from "./constraint-error";

const T = ENTERPRISE_TEMPLATE;

describe("brokenConstraint", () => {
  it("checks minimum and maximum inclusively", () => {
    const c = { minimum: 1, maximum: 5 };
    expect([0, 1, 5, 6, 0.999].map((v) => brokenConstraint(v, c))).toEqual([
      { constraint: "minimum", limit: 1 },
      null,
      null,
      { constraint: "maximum", limit: 5 },
      { constraint: "minimum", limit: 1 },
    ]);
  });
  it("checks enum exactly, lengths in characters and the pattern against the whole value", () => {
    expect(brokenConstraint("中", { enum: ["低", "中", "高"] })).toBeNull();
    expect(brokenConstraint("medium", { enum: ["低", "中", "高"] })).toEqual({
      constraint: "enum",
      limit: "低|中|高",
    });
    expect(brokenConstraint("客户", { minLength: 2, maxLength: 2 })).toBeNull();
    expect(brokenConstraint("客", { minLength: 2 })).toEqual({ constraint: "minLength", limit: 2 });
    expect(brokenConstraint("客户甲", { maxLength: 2 })).toEqual({
      constraint: "maxLength",
      limit: 2,
    });
    expect(brokenConstraint("AB12", { pattern: "[A-Z]+\\d+" })).toBeNull();
    expect(brokenConstraint("xAB12", { pattern: "[A-Z]+\\d+" })).toEqual({
      constraint: "pattern",
      limit: "[A-Z]+\\d+",
    });
    expect(brokenConstraint("AB12x", { pattern: "[A-Z]+\\d+|x" })).toEqual({
      constraint: "pattern",
      limit: "[A-Z]+\\d+|x",
    });
  });
  it("skips a pattern that is not a regular expression and number limits on text", () => {
    expect(brokenConstraint("x", { pattern: "([" })).toBeNull();
    expect(brokenConstraint("0", { minimum: 1 })).toBeNull();
  });
});

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
