import {
  columnIndex,
  columnLetters,
  formatArea,
  parseArea,
  parseAreas,
  qualify,
  splitSheet,
} from "./address";

describe("fake A1 addresses", () => {
  it("converts column letters both ways, past Z and ZZ", () => {
    expect([
      columnLetters(0),
      columnLetters(25),
      columnLetters(26),
      columnLetters(701),
      columnLetters(702),
    ]).toEqual(["A", "Z", "AA", "ZZ", "AAA"]);
    expect(columnIndex("XFD")).toBe(16_383);
  });

  it("parses cells, ranges, whole columns and rows, with or without a sheet", () => {
    expect(parseArea("B3")).toEqual({ top: 2, left: 1, bottom: 2, right: 1 });
    expect(parseArea("'My sheet'!$C$2:A1")).toEqual({ top: 0, left: 0, bottom: 1, right: 2 });
    expect(parseArea("B:C")).toEqual({ top: 0, left: 1, bottom: 1_048_575, right: 2 });
    expect(parseArea("2:3")).toEqual({ top: 1, left: 0, bottom: 2, right: 16_383 });
  });

  it("rejects what Excel rejects", () => {
    for (const bad of ["", "A", "A0", "1A", "A1:B2:C3", "XFE1", "A1048577"])
      expect(() => parseArea(bad)).toThrow(/invalid/);
  });

  it("splits comma-separated areas, keeping commas inside quoted sheet names", () => {
    expect(parseAreas("A1,'a,b'!B2:C3")).toHaveLength(2);
    expect(splitSheet("'it''s'!A1")).toEqual(["it's", "A1"]);
  });

  it("formats areas and qualifies them as Excel does", () => {
    expect(formatArea({ top: 0, left: 0, bottom: 0, right: 0 })).toBe("A1");
    expect(qualify("Sheet1", "A1:B2")).toBe("Sheet1!A1:B2");
    expect(qualify("My sheet", "A1")).toBe("'My sheet'!A1");
  });
});
