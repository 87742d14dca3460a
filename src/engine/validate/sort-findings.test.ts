import { makeFinding } from "./make-finding";
import { sortFindings } from "./sort-findings";

describe("sortFindings", () => {
  it("orders by row (none first), then column (none first, Z before AA), keeping ties in order", () => {
    const at = (
      row: number | null,
      column: string | null,
      code: "blank-row" | "extra-cell" | "type-error" = "type-error"
    ) => makeFinding(code, { row, column, field: null });
    const input = [
      at(3, "B"),
      at(2, "AA"),
      at(2, "Z"),
      at(null, null),
      at(2, null, "blank-row"),
      at(3, "B", "extra-cell"),
      at(1, "C"),
    ];
    expect(sortFindings(input).map((f) => [f.row, f.column, f.code])).toEqual([
      [null, null, "type-error"],
      [1, "C", "type-error"],
      [2, null, "blank-row"],
      [2, "Z", "type-error"],
      [2, "AA", "type-error"],
      [3, "B", "type-error"],
      [3, "B", "extra-cell"],
    ]);
  });
});
