import { spliceRows } from "./splice-rows";

const SHEET =
  '<worksheet><dimension ref="A1:C1"/><sheetData><row r="1"><c r="A1"/></row>' +
  '<row r="10"><c r="A10"/></row></sheetData></worksheet>';

describe("spliceRows", () => {
  it("puts each block before the first row below it and widens the dimension", () => {
    const xml = spliceRows(SHEET, [
      { xml: '<row r="12"/>', box: { top: 12, left: 1, bottom: 12, right: 2 } },
      { xml: '<row r="2"/><row r="3"/>', box: { top: 2, left: 2, bottom: 3, right: 5 } },
    ]);
    expect(xml).toBe(
      '<worksheet><dimension ref="A1:E12"/><sheetData><row r="1"><c r="A1"/></row>' +
        '<row r="2"/><row r="3"/><row r="10"><c r="A10"/></row><row r="12"/></sheetData></worksheet>'
    );
  });
  it("fills an empty sheetData and leaves a sheet alone when no block has rows", () => {
    const empty = '<worksheet><dimension ref="A1"/><sheetData/></worksheet>';
    expect(spliceRows(empty, [{ xml: "", box: { top: 2, left: 1, bottom: 2, right: 1 } }])).toBe(
      empty
    );
    expect(
      spliceRows(empty, [{ xml: '<row r="2"/>', box: { top: 2, left: 1, bottom: 2, right: 1 } }])
    ).toBe('<worksheet><dimension ref="A1:A2"/><sheetData><row r="2"/></sheetData></worksheet>');
  });
});
