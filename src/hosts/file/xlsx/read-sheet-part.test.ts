import { readSheetPart } from "./read-sheet-part";

const context = { sharedStrings: [], dateStyles: [], date1904: false };

function sheet(rows: number, column: string): string {
  const xml: string[] = [];
  for (let r = 1; r <= rows; r++)
    xml.push(`<row r="${r}"><c r="A${r}"><v>${r}</v></c><c r="${column}${r}"><v>7</v></c></row>`);
  return `<worksheet><sheetData>${xml.join("")}</sheetData></worksheet>`;
}

describe("readSheetPart on wide sparse rows", () => {
  it("reads a value in column XFD on every row, keeping each row by its values, not 16,384 slots", () => {
    // 20,000 such rows filled with null would be 327,680,000 slots (2.6 GB): a sparse row holds two.
    const read = readSheetPart(sheet(20_000, "XFD"), context);
    expect(read.rows).toHaveLength(20_000);
    const last = read.rows[19_999];
    expect([last.length, last[0], last[16_383], last[100] ?? null]).toEqual([
      16_384,
      20_000,
      7,
      null,
    ]);
    expect(Object.keys(last)).toEqual(["0", "16383"]);
  });

  it("reads one stray value in column XFD, with the rows before it as they were", () => {
    const read = readSheetPart(sheet(1, "XFD"), context);
    expect([read.rows[0].length, read.rows[0][0], read.rows[0][16_383]]).toEqual([16_384, 1, 7]);
  });

  it("empties the far cells a merge covers, and drops them at a row's end", () => {
    const read = readSheetPart(
      `<worksheet><sheetData><row r="1"><c r="A1"><v>1</v></c><c r="XFC1"><v>2</v></c><c r="XFD1"><v>3</v></c></row></sheetData>` +
        `<mergeCells><mergeCell ref="XFC1:XFD1"/></mergeCells></worksheet>`,
      context
    );
    expect([read.rows[0].length, read.rows[0][16_382]]).toEqual([16_383, 2]);
  });

  it("gives the gaps of an ordinary row as null", () => {
    const read = readSheetPart(
      `<worksheet><sheetData><row r="1"><c r="A1"><v>1</v></c><c r="D1"><v>2</v></c></row></sheetData></worksheet>`,
      context
    );
    expect(read.rows).toEqual([[1, null, null, 2]]);
  });
});

describe("readSheetPart on dates", () => {
  it("gives cells of the same date one Date, in the workbook's date system", () => {
    const styles = { ...context, dateStyles: [false, true] };
    const xml = `<worksheet><sheetData><row r="1"><c r="A1" s="1"><v>45000</v></c></row><row r="2"><c r="A2" s="1"><v>45000</v></c></row></sheetData></worksheet>`;
    const read = readSheetPart(xml, styles);
    expect(read.rows[0][0]).toEqual(new Date(Date.UTC(2023, 2, 15)));
    expect(read.rows[0][0]).toBe(read.rows[1][0]);
    expect(readSheetPart(xml, { ...styles, date1904: true }).rows[0][0]).toEqual(
      new Date(Date.UTC(2027, 2, 16))
    );
  });
});
