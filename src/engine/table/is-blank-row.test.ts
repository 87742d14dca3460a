import type { CellValue } from "./cell";
import { isBlankRow } from "./is-blank-row";

describe("isBlankRow", () => {
  it("is true for empty, all-null, white-space and missing rows", () => {
    expect(isBlankRow([])).toBe(true);
    expect(isBlankRow([null, " ", "\u3000", null])).toBe(true);
    expect(isBlankRow(undefined)).toBe(true);
    const sparse: CellValue[] = [];
    sparse[5] = null;
    expect(isBlankRow(sparse)).toBe(true);
  });

  it("is false as soon as one cell holds something, even 0, false or an error", () => {
    expect(isBlankRow([null, 0])).toBe(false);
    expect(isBlankRow([false])).toBe(false);
    expect(isBlankRow([null, null, { error: "#N/A" }])).toBe(false);
    expect(isBlankRow(["x"])).toBe(false);
  });
});

describe("isBlankRow on a long sparse row", () => {
  it("finds a value far right, and an empty far cell is blank", () => {
    const row: CellValue[] = [];
    row[16_383] = " ";
    expect(isBlankRow(row)).toBe(true);
    row[9_000] = 7;
    expect(isBlankRow(row)).toBe(false);
  });
});
