import type { PlanTable } from "../../../engine/plan/workbook-plan";
import { deferredTables } from "./deferred-tables";
import { tiersSheet } from "./sample-plan.test-helper";

function table(name: string, row: number, rows: number): PlanTable {
  return {
    name,
    row,
    column: 1,
    header: ["a"],
    rows: Array.from({ length: rows }, () => [1]),
    formats: [null],
    styledHeader: false,
    autoFilter: false,
  };
}

describe("deferredTables", () => {
  it("defers a table alone on its rows", () => {
    const sheet = tiersSheet();
    expect(deferredTables(sheet)).toEqual(sheet.tables);
  });
  it("keeps a table with a planned cell on a body row, but not for a cell beside its header", () => {
    const sheet = tiersSheet();
    expect(deferredTables({ ...sheet, cells: [{ row: 3, column: 9, value: "x" }] })).toEqual([]);
    expect(deferredTables({ ...sheet, cells: [{ row: 1, column: 9, value: "x" }] })).toHaveLength(
      1
    );
  });
  it("keeps tables sharing rows and empty tables, defers tables stacked one below the other", () => {
    const side = {
      ...tiersSheet(),
      tables: [table("a", 1, 5), { ...table("b", 3, 2), column: 4 }],
    };
    expect(deferredTables(side)).toEqual([]);
    const stacked = {
      ...tiersSheet(),
      tables: [table("a", 1, 5), table("b", 7, 2), table("c", 11, 0)],
    };
    expect(deferredTables(stacked).map((t) => t.name)).toEqual(["a", "b"]);
  });
});
