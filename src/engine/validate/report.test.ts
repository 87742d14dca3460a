import { ENTERPRISE_TEMPLATE } from "../template/enterprise";
import { makeFinding } from "./make-finding";
import { buildReport } from "./report";
import { buildTable, fixed } from "./test-table";

const T = ENTERPRISE_TEMPLATE;

describe("buildReport", () => {
  const table = buildTable({
    template: T,
    header: ["客户编号", "客户名称"],
    rows: [["C1", "甲"], [], [fixed(" C2", "C2", "C2", "spaces"), "乙"], [null, "丙"]],
  });
  const findings = [
    makeFinding("blank-row", { row: 3, column: null, field: null }),
    makeFinding("duplicate-row", { row: 4, column: null, field: null }),
    makeFinding("missing-cell", { row: 5, column: "A", field: "customer_id" }),
    makeFinding("missing-cell", { row: 6, column: "A", field: "customer_id" }),
  ];

  it("counts non-blank rows, severities and codes", () => {
    const r = buildReport(table, T, findings);
    expect(r).toMatchObject({
      template: "enterprise",
      sheet: "客户档案",
      headerRow: 1,
      rows: 3,
      valid: false,
      findings,
    });
    expect(r.stats).toEqual({ errors: 2, warnings: 1, infos: 1 });
    expect(r.byCode).toEqual({ "blank-row": 1, "duplicate-row": 1, "missing-cell": 2 });
  });

  it("lists completeness for non-blank records with their read customer id", () => {
    const r = buildReport(table, T, []);
    const { rows, customerIds } = r.completeness;
    expect(Array.from(rows, (row, i) => [row, customerIds[i]])).toEqual([
      [2, "C1"],
      [4, "C2"],
      [5, null],
    ]);
    expect(r.valid).toBe(true);
    expect(r.stats).toEqual({ errors: 0, warnings: 0, infos: 0 });
  });
});
