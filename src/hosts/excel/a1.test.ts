import { areaAddress, cellAddress, columnLetters, parseAreaAddress, parseAreaList } from "./a1";

describe("a1", () => {
  it("names columns past Z and ZZ", () => {
    expect([0, 25, 26, 51, 701, 702, 16_383].map(columnLetters)).toEqual([
      "A",
      "Z",
      "AA",
      "AZ",
      "ZZ",
      "AAA",
      "XFD",
    ]);
  });

  it("builds cell and area addresses from 0-based indexes", () => {
    expect(cellAddress(0, 0)).toBe("A1");
    expect(areaAddress({ top: 1, left: 1, bottom: 1, right: 1 })).toBe("B2");
    expect(areaAddress({ top: 0, left: 0, bottom: 4, right: 27 })).toBe("A1:AB5");
  });

  it("reads addresses Excel returns, with sheet names quoted or not", () => {
    expect(parseAreaAddress("Sheet1!$B$2:$C$4")).toEqual({ top: 1, left: 1, bottom: 3, right: 2 });
    expect(parseAreaAddress("'It''s, here'!a1")).toEqual({ top: 0, left: 0, bottom: 0, right: 0 });
    expect(parseAreaAddress("A:A")).toBeNull();
  });

  it("splits a RangeAreas address into areas", () => {
    expect(parseAreaList("'a,b'!A1:B1,'a,b'!C3")).toEqual([
      { top: 0, left: 0, bottom: 0, right: 1 },
      { top: 2, left: 2, bottom: 2, right: 2 },
    ]);
    expect(parseAreaList("")).toEqual([]);
  });
});
