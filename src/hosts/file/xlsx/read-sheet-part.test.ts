import { readSheetPart } from "./read-sheet-part";

const context = { sharedStrings: [], dateStyles: [], date1904: false };

function sheet(rows: number, column: string): string {
  const xml: string[] = [];
  for (let r = 1; r <= rows; r++)
    xml.push(`<row r="${r}"><c r="A${r}"><v>${r}</v></c><c r="${column}${r}"><v>7</v></c></row>`);
  return `<worksheet><sheetData>${xml.join("")}</sheetData></worksheet>`;
}

describe("readSheetPart on wide sparse rows", () => {
  it("refuses in words, naming the far cell, rows spanning more cells than can be held, before filling any", () => {
    // 2,000 rows to column XFD span 32,768,000 cells: past a cap of 10,000,000.
    expect(() =>
      readSheetPart(sheet(2_000, "XFD"), { ...context, maxSpannedCells: 10_000_000 })
    ).toThrow(/more than 10000000 cells \(as far as XFD611\)/);
  });

  it("reads one stray value in column XFD, its gap as empty cells", () => {
    const read = readSheetPart(sheet(1, "XFD"), context);
    expect([read.rows[0].length, read.rows[0][0], read.rows[0][16_383], read.rows[0][100]]).toEqual(
      [16_384, 1, 7, null]
    );
  });

  it("gives the gaps of an ordinary row as null", () => {
    const read = readSheetPart(
      `<worksheet><sheetData><row r="1"><c r="A1"><v>1</v></c><c r="D1"><v>2</v></c></row></sheetData></worksheet>`,
      context
    );
    expect(read.rows).toEqual([[1, null, null, 2]]);
  });
});
