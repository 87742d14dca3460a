import { cellFromExcel } from "./cell-from-excel";

describe("cellFromExcel", () => {
  it("reads an empty cell as null", () => {
    expect(cellFromExcel("", false, false)).toBeNull();
  });

  it("reads an error cell's text as an error, and the same text typed by a user as text", () => {
    expect(cellFromExcel("#N/A", true, false)).toEqual({ error: "#N/A" });
    expect(cellFromExcel("#N/A", false, false)).toBe("#N/A");
  });

  it("reads a number shown as a date as a Date, and any other number as a number", () => {
    expect(cellFromExcel(45_356, false, true)).toEqual(new Date("2024-03-05T00:00:00Z"));
    expect(cellFromExcel(45_356, false, false)).toBe(45_356);
    expect(cellFromExcel(60, false, true)).toBe(60);
  });

  it("keeps text and booleans, even numeric-looking text", () => {
    expect(cellFromExcel("00123", false, true)).toBe("00123");
    expect(cellFromExcel(false, false, false)).toBe(false);
  });
});
