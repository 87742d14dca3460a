import type { CellValue } from "../table/cell";
import { testField, testTemplate } from "../table/test-template";
import { buildTable, context } from "./test-table";
import { validateTable } from "./validate";

/*
 * domain.md §8 / shared/data/README.md: frictionless-py's invalid.csv and the errors Frictionless
 * reports on it. Header findings sit on the header row (row 1) here, where Frictionless prints "-".
 */
const TEMPLATE = testTemplate([testField("id"), testField("name")]);
const EXPECTED_ERRORS = [
  [1, "C", "blank-label"],
  [1, "D", "duplicate-label"],
  [2, "C", "missing-cell"],
  [2, "D", "missing-cell"],
  [3, "C", "missing-cell"],
  [3, "D", "missing-cell"],
  [5, "E", "extra-cell"],
];

function errorsAndOthers(rows: CellValue[][], header: (string | null)[]) {
  const table = buildTable({ template: TEMPLATE, header, rows, ragged: true });
  const report = validateTable(table, TEMPLATE, context());
  const errors = report.findings
    .filter((f) => f.severity === "error")
    .map((f) => [f.row, f.column, f.code]);
  const others = report.findings
    .filter((f) => f.severity !== "error")
    .map((f) => [f.row, f.column, f.code, f.severity]);
  return { errors, others, report };
}

describe("the Frictionless invalid.csv example", () => {
  it("gives exactly Frictionless's errors, plus the blank-row info and a duplicate-row warning", () => {
    const { errors, others, report } = errorsAndOthers(
      [["1", "english"], ["1", "english"], [], ["2", "german", "1", "2", "3"]],
      ["id", "name", null, "name"]
    );
    expect(errors).toEqual(EXPECTED_ERRORS);
    // Row 3 repeats row 2 whole: a warning Frictionless does not give (it has no duplicate-row check).
    expect(others).toEqual([
      [3, null, "duplicate-row", "warning"],
      [4, null, "blank-row", "info"],
    ]);
    expect(report.rows).toBe(3);
    expect(report.valid).toBe(false);
  });
});
