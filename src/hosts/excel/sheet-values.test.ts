import { sheetValues } from "./sheet-values";

describe("sheetValues", () => {
  it("pads rows to a rectangle and formats text as text, numbers as General", () => {
    const out = sheetValues([["id", "min"], ["001", 3, true], []]);
    expect(out.width).toBe(3);
    expect(out.values).toEqual([
      ["id", "min", ""],
      ["001", 3, true],
      ["", "", ""],
    ]);
    expect(out.formats).toEqual([
      ["@", "@", "@"],
      ["@", "General", "General"],
      ["@", "@", "@"],
    ]);
  });

  it("writes dates as serials with a date format and errors as their text", () => {
    const out = sheetValues([[new Date(Date.UTC(2024, 0, 31)), { error: "#N/A" }, Number.NaN]]);
    expect(out.values).toEqual([[45322, "#N/A", ""]]);
    expect(out.formats).toEqual([["yyyy-mm-dd", "@", "@"]]);
  });

  it("gives one empty cell for no rows", () => {
    expect(sheetValues([]).width).toBe(1);
  });
});
