import { ENTERPRISE_TEMPLATE } from "../../template/enterprise";
import { buildTable, context, places } from "../test-table";
import { duplicateLabel } from "./duplicate-label";

const T = ENTERPRISE_TEMPLATE;

describe("duplicateLabel", () => {
  it("reports a second column of the same field, naming the first", () => {
    const table = buildTable({
      template: T,
      header: ["客户编号", "客户名称", "Customer name"],
      rows: [],
    });
    const found = duplicateLabel(table, T, context());
    expect(places(found)).toEqual([[1, "C", "name", "duplicate-label"]]);
    expect(found[0].params).toEqual({ label: "Customer name", firstColumn: "B" });
  });
  it("reports a repeated unknown label, not the first one", () => {
    const table = buildTable({ template: T, header: ["备注", "客户编号", "备 注"], rows: [] });
    expect(places(duplicateLabel(table, T, context()))).toEqual([
      [1, "C", null, "duplicate-label"],
    ]);
  });
  it("finds the repeat from the fields even when the reader left duplicateOf out", () => {
    const table = buildTable({
      template: T,
      header: ["客户编号", "编号"],
      fields: ["customer_id", "customer_id"],
      rows: [],
    });
    delete table.columns[1].duplicateOf;
    expect(places(duplicateLabel(table, T, context()))).toEqual([
      [1, "B", "customer_id", "duplicate-label"],
    ]);
  });
  it("says nothing for distinct labels", () => {
    expect(
      duplicateLabel(
        buildTable({ template: T, header: ["客户编号", "客户名称", "备注"], rows: [] }),
        T,
        context()
      )
    ).toEqual([]);
  });
});
