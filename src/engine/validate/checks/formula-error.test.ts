import { ENTERPRISE_TEMPLATE } from "../../template/enterprise";
import { buildTable, context, places } from "../test-table";
import { formulaError } from "./formula-error";
import { missingCell } from "./missing-cell";

const T = ENTERPRISE_TEMPLATE;

describe("formulaError", () => {
  it("reports each Excel error in a field's cell, with its text", () => {
    const table = buildTable({
      template: T,
      header: ["客户编号", "客户名称", "资产总额", "备注"],
      rows: [["C1", { error: "#N/A" }, { error: "#DIV/0!" }, { error: "#REF!" }]],
    });
    const found = formulaError(table, T, context());
    expect(places(found)).toEqual([
      [2, "B", "name", "formula-error"],
      [2, "C", "total_assets", "formula-error"],
    ]);
    expect(found.map((f) => f.params.value)).toEqual(["#N/A", "#DIV/0!"]);
    expect(found[0].severity).toBe("error");
  });
  it("an Excel error in a required field is a formula-error only, not also missing-cell", () => {
    const table = buildTable({
      template: T,
      header: ["客户编号", "客户名称"],
      rows: [[{ error: "#SPILL!" }, "甲"]],
    });
    expect(places(formulaError(table, T, context()))).toEqual([
      [2, "A", "customer_id", "formula-error"],
    ]);
    expect(missingCell(table, T, context())).toEqual([]);
  });
});
