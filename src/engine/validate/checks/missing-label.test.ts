import { ENTERPRISE_TEMPLATE } from "../../template/enterprise";
import { buildTable, context, places } from "../test-table";
import { missingLabel } from "./missing-label";

const T = ENTERPRISE_TEMPLATE;

describe("missingLabel", () => {
  it("is an error for a required field without a column, on the header row with no column", () => {
    const table = buildTable({
      template: T,
      header: ["客户编号", "所属行业"],
      rows: [],
      headerRow: 2,
    });
    const found = missingLabel(table, T, context());
    expect(places(found)).toEqual([[2, null, "name", "missing-label"]]);
    expect(found[0]).toMatchObject({ severity: "error", params: { required: true } });
  });
  it("is a warning for an optional field a model needs, and silent for other optional fields", () => {
    const table = buildTable({ template: T, header: ["客户编号", "客户名称"], rows: [] });
    const found = missingLabel(table, T, context({ neededFields: ["gross_profit", "name"] }));
    expect(places(found)).toEqual([[1, null, "gross_profit", "missing-label"]]);
    expect(found[0]).toMatchObject({ severity: "warning", params: { required: false } });
  });
});
