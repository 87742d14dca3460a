import { trimTrailingEmptyRows } from "./trim-sheet-xml";

const wrap = (rows: string) =>
  `<worksheet><dimension ref="A1:B9"/><sheetData>${rows}</sheetData><mergeCells/></worksheet>`;

describe("trimTrailingEmptyRows", () => {
  it("drops formatted rows after the last value", () => {
    const rows =
      '<row r="1"><c r="A1" t="s"><v>0</v></c></row>' +
      '<row r="2"><c r="A2" s="1"/></row>' +
      '<row r="3" ht="15" customHeight="1"/>';
    expect(trimTrailingEmptyRows(wrap(rows))).toBe(
      wrap('<row r="1"><c r="A1" t="s"><v>0</v></c></row>')
    );
  });

  it("keeps empty rows between values", () => {
    const rows =
      '<row r="1"><c r="A1"><v>1</v></c></row><row r="2" hidden="1"/><row r="3"><c r="A3" t="inlineStr"><is><t>x</t></is></c></row>';
    expect(trimTrailingEmptyRows(wrap(rows))).toBe(wrap(rows));
  });

  it("treats a formula without a cached value as empty", () => {
    const rows = '<row r="1"><c r="A1"><v>1</v></c></row><row r="2"><c r="A2"><f>1+1</f></c></row>';
    expect(trimTrailingEmptyRows(wrap(rows))).toBe(wrap('<row r="1"><c r="A1"><v>1</v></c></row>'));
  });

  it("empties a sheet with no value at all", () => {
    expect(trimTrailingEmptyRows(wrap('<row r="1"><c r="A1" s="2"/></row>'))).toBe(wrap(""));
  });

  it("leaves sheets without rows alone", () => {
    const xml = "<worksheet><sheetData/></worksheet>";
    expect(trimTrailingEmptyRows(xml)).toBe(xml);
    expect(trimTrailingEmptyRows("<worksheet/>")).toBe("<worksheet/>");
  });

  it("reads value markers with attributes", () => {
    const rows = '<row r="1"><c r="A1"><v xml:space="preserve">1</v></c></row><row r="2"/>';
    expect(trimTrailingEmptyRows(wrap(rows))).toBe(
      wrap('<row r="1"><c r="A1"><v xml:space="preserve">1</v></c></row>')
    );
  });
});
