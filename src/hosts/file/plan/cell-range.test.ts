import { parseCellRange } from "./cell-range";

describe("parseCellRange", () => {
  it("reads a range, normalising reversed corners", () => {
    expect(parseCellRange("C9:b5")).toEqual({ top: 5, left: 2, bottom: 9, right: 3 });
  });
  it("reads a single cell and absolute corners", () => {
    expect(parseCellRange("$AA$10")).toEqual({ top: 10, left: 27, bottom: 10, right: 27 });
  });
  it("refuses whole columns, sheet-qualified and out-of-grid addresses", () => {
    expect(parseCellRange("B:B")).toBeNull();
    expect(parseCellRange("Sheet1!B2")).toBeNull();
    expect(parseCellRange("A0")).toBeNull();
    expect(parseCellRange("XFE1")).toBeNull();
    expect(parseCellRange("A1048577")).toBeNull();
    expect(parseCellRange("A1:B2:C3")).toBeNull();
  });
  it("accepts the grid's last cell", () => {
    expect(parseCellRange("XFD1048576")).toEqual({
      top: 1048576,
      left: 16384,
      bottom: 1048576,
      right: 16384,
    });
  });
});
