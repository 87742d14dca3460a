import { readSheetPart } from "./read-sheet-part";

const context = { sharedStrings: [], dateStyles: [], date1904: false };

describe("readSheetPart on wide sparse rows", () => {
  it("keeps a row with one value in column XFD sparse: the value is there, no 16,384 cells are made", () => {
    const rows: string[] = [];
    for (let r = 1; r <= 20_000; r++)
      rows.push(`<row r="${r}"><c r="A${r}"><v>${r}</v></c><c r="XFD${r}"><v>7</v></c></row>`);
    const read = readSheetPart(
      `<worksheet><sheetData>${rows.join("")}</sheetData></worksheet>`,
      context
    );
    expect(read.rows).toHaveLength(20_000);
    const last = read.rows[19_999];
    expect([last.length, last[0], last[16_383], last[100] ?? null]).toEqual([
      16_384,
      20_000,
      7,
      null,
    ]);
    // Two values held, not 16,384.
    expect(Object.keys(last)).toEqual(["0", "16383"]);
  });

  it("still gives the gaps of an ordinary row as null", () => {
    const read = readSheetPart(
      `<worksheet><sheetData><row r="1"><c r="A1"><v>1</v></c><c r="D1"><v>2</v></c></row></sheetData></worksheet>`,
      context
    );
    expect(read.rows).toEqual([[1, null, null, 2]]);
  });
});
