import { columnIndex, columnLetter, LAST_COLUMN_INDEX } from "./column-letter";

describe("columnLetter", () => {
  it("names columns at the letter boundaries", () => {
    expect(columnLetter(0)).toBe("A");
    expect(columnLetter(25)).toBe("Z");
    expect(columnLetter(26)).toBe("AA");
    expect(columnLetter(51)).toBe("AZ");
    expect(columnLetter(52)).toBe("BA");
    expect(columnLetter(701)).toBe("ZZ");
    expect(columnLetter(702)).toBe("AAA");
    expect(columnLetter(LAST_COLUMN_INDEX)).toBe("XFD");
  });

  it("gives empty text for indexes that name no column", () => {
    expect(columnLetter(-1)).toBe("");
    expect(columnLetter(1.5)).toBe("");
  });
});

describe("columnIndex", () => {
  it("reads letters in any case", () => {
    expect(columnIndex("A")).toBe(0);
    expect(columnIndex("z")).toBe(25);
    expect(columnIndex("AA")).toBe(26);
    expect(columnIndex("xfd")).toBe(LAST_COLUMN_INDEX);
  });

  it("gives null for anything but letters", () => {
    expect(columnIndex("")).toBeNull();
    expect(columnIndex("A1")).toBeNull();
    expect(columnIndex("列")).toBeNull();
  });

  it("inverts columnLetter", () => {
    for (let i = 0; i <= LAST_COLUMN_INDEX; i += 97) expect(columnIndex(columnLetter(i))).toBe(i);
  });
});
