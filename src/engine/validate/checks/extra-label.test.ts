import { ENTERPRISE_TEMPLATE } from "../../template/enterprise";
import { buildTable, context, places } from "../test-table";
import { extraLabel } from "./extra-label";

const T = ENTERPRISE_TEMPLATE;

describe("extraLabel", () => {
  it("reports unknown labels as info, once per label", () => {
    const table = buildTable({
      template: T,
      header: ["客户编号", "备注", null, "备注", "客户名称"],
      rows: [],
    });
    const found = extraLabel(table, T, context());
    expect(places(found)).toEqual([[1, "B", null, "extra-label"]]);
    expect(found[0]).toMatchObject({ severity: "info", params: { label: "备注" } });
  });
});
