import { readVariable } from "./read-variable";
import { columnOfTitle, readScorecardSheet } from "./scorecard-sheet";

describe("readScorecardSheet", () => {
  it("takes titles from the first non-empty row and skips blank rows", () => {
    const sheet = readScorecardSheet({
      name: "S",
      rows: [[null], [" age ", "housing", null], [30, "own"], [null, " "], [41, null]],
    });
    expect(sheet).toMatchObject({ headerRow: 2, titles: ["age", "housing"] });
    expect(sheet?.rows.map((r) => r.row)).toEqual([3, 5]);
    expect(columnOfTitle(sheet!.titles, "Housing")).toBe(1);
    expect(columnOfTitle(sheet!.titles, "income")).toBe(-1);
  });
});

describe("readVariable", () => {
  it("is numeric when every non-empty cell is a number, NaN for empty", () => {
    const v = readVariable("age", [{ cells: [30] }, { cells: ["41"] }, { cells: [null] }], 0);
    expect(v.kind).toBe("numeric");
    if (v.kind === "numeric") expect(Array.from(v.values)).toEqual([30, 41, NaN]);
  });

  it("is categorical otherwise, -1 for empty", () => {
    const v = readVariable(
      "h",
      [{ cells: ["own"] }, { cells: [3] }, { cells: [] }, { cells: ["own"] }],
      0
    );
    expect(v).toEqual({
      name: "h",
      kind: "categorical",
      levels: ["own", "3"],
      codes: Int32Array.from([0, 1, -1, 0]),
    });
  });
});
