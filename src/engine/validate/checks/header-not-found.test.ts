import { ENTERPRISE_TEMPLATE } from "../../template/enterprise";
import { buildTable, context } from "../test-table";
import { blankLabel } from "./blank-label";
import { duplicateLabel } from "./duplicate-label";
import { extraLabel } from "./extra-label";
import { headerNotFound } from "./header-not-found";
import { missingLabel } from "./missing-label";

const T = ENTERPRISE_TEMPLATE;

describe("headerNotFound", () => {
  it("reports a table without header, once, with no row", () => {
    const table = buildTable({
      template: T,
      header: [],
      rows: [],
      headerRow: null,
      sheet: "Sheet1",
    });
    const found = headerNotFound(table, T, context());
    expect(found).toEqual([
      {
        row: null,
        column: null,
        field: null,
        code: "header-not-found",
        severity: "error",
        params: { sheet: "Sheet1" },
        fix: null,
      },
    ]);
  });
  it("says nothing when a header was found", () => {
    expect(
      headerNotFound(buildTable({ template: T, header: ["客户编号"], rows: [] }), T, context())
    ).toEqual([]);
  });
  it("leaves the header checks silent without a header", () => {
    const table = buildTable({ template: T, header: [], rows: [], headerRow: null });
    for (const check of [blankLabel, duplicateLabel, extraLabel, missingLabel])
      expect(check(table, T, context())).toEqual([]);
  });
});
