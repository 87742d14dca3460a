import { ENTERPRISE_TEMPLATE } from "../../template/enterprise";
import { buildTable, context, invalid, places } from "../test-table";
import { missingCell } from "./missing-cell";

const T = ENTERPRISE_TEMPLATE;

describe("missingCell", () => {
  it("reports an empty required field; optional empties, errors and unreadable values are not missing", () => {
    const table = buildTable({
      template: T,
      header: ["客户编号", "客户名称", "所属行业"],
      rows: [
        ["C1", "  ", null],
        [null, { error: "#N/A" }, "制造"],
        ["C3", invalid("x", "odd"), null],
        [],
      ],
    });
    const found = missingCell(table, T, context());
    expect(places(found)).toEqual([
      [2, "B", "name", "missing-cell"],
      [3, "A", "customer_id", "missing-cell"],
    ]);
    expect(found[0]).toMatchObject({
      severity: "error",
      params: { reason: "required" },
      fix: null,
    });
  });

  it("in a ragged table reports every header column past a short row's end, as Frictionless does", () => {
    const table = buildTable({
      template: T,
      header: ["客户编号", "所属行业", null, "客户名称"],
      rows: [["C1"], ["C2", "制造", null, "乙"]],
      ragged: true,
    });
    const found = missingCell(table, T, context());
    expect(places(found)).toEqual([
      [2, "D", "name", "missing-cell"],
      [2, "B", "industry", "missing-cell"],
      [2, "C", null, "missing-cell"],
    ]);
    expect(found.map((f) => f.params.reason)).toEqual(["short-row", "short-row", "short-row"]);
  });

  it("does not treat a short workbook row as missing cells", () => {
    const table = buildTable({
      template: T,
      header: ["客户编号", "所属行业", "客户名称"],
      rows: [["C1", null, "甲"], ["C2"]],
    });
    expect(places(missingCell(table, T, context()))).toEqual([[3, "C", "name", "missing-cell"]]);
  });
});
