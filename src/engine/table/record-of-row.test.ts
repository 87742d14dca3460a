import { recordOfRow } from "./record-of-row";

describe("recordOfRow", () => {
  const table = { rows: Int32Array.from([2, 3, 5, 9, 10]) };

  it("finds each record by its sheet row", () => {
    expect([2, 3, 5, 9, 10].map((row) => recordOfRow(table, row))).toEqual([0, 1, 2, 3, 4]);
  });

  it("gives -1 for a row no record came from (the header, a blank row, past the end)", () => {
    expect([1, 4, 6, 11, 0].map((row) => recordOfRow(table, row))).toEqual([-1, -1, -1, -1, -1]);
    expect(recordOfRow({ rows: new Int32Array(0) }, 2)).toBe(-1);
  });
});
