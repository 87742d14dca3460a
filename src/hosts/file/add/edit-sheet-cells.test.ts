import { editSheetCells, type CellEdit } from "./edit-sheet-cells";

const keepStyle = (_: CellEdit, present: string | undefined) => present;
const wrap = (rows: string, p = "", dimension = "A1:C3") =>
  `<${p}worksheet><${p}dimension ref="${dimension}"/><${p}sheetData>${rows}</${p}sheetData><${p}mergeCells count="0"/></${p}worksheet>`;

describe("editSheetCells", () => {
  it("replaces a value in place, keeping the cell's style and every other byte", () => {
    const rows =
      '<row r="1" spans="1:3" ht="20"><c r="A1" s="4" t="s"><v>0</v></c><c r="B1" s="2"><v>5</v></c></row>' +
      '<row r="2"><c r="A2"><v>1</v></c></row>';
    const out = editSheetCells(wrap(rows), [{ row: 1, column: 1, value: "甲 & 乙" }], keepStyle);
    expect(out.xml).toBe(
      wrap(
        '<row r="1" ht="20"><c r="A1" s="4" t="inlineStr"><is><t>甲 &amp; 乙</t></is></c><c r="B1" s="2"><v>5</v></c></row>' +
          '<row r="2"><c r="A2"><v>1</v></c></row>'
      )
    );
    expect(out.formulasRemoved).toEqual([]);
  });

  it("creates missing cells and rows in order, in the part's own prefix", () => {
    const rows = '<x:row r="2"><x:c r="B2"><x:v>1</x:v></x:c></x:row><x:row r="5"/>';
    const out = editSheetCells(
      wrap(rows, "x:"),
      [
        { row: 2, column: 1, value: 7 },
        { row: 2, column: 3, value: true },
        { row: 1, column: 2, value: " a " },
        { row: 4, column: 1, value: 3 },
        { row: 9, column: 1, value: 4 },
      ],
      keepStyle
    );
    expect(out.xml).toBe(
      wrap(
        '<x:row r="1"><x:c r="B1" t="inlineStr"><x:is><x:t xml:space="preserve"> a </x:t></x:is></x:c></x:row>' +
          '<x:row r="2"><x:c r="A2"><x:v>7</x:v></x:c><x:c r="B2"><x:v>1</x:v></x:c><x:c r="C2" t="b"><x:v>1</x:v></x:c></x:row>' +
          '<x:row r="4"><x:c r="A4"><x:v>3</x:v></x:c></x:row><x:row r="5"/>' +
          '<x:row r="9"><x:c r="A9"><x:v>4</x:v></x:c></x:row>',
        "x:",
        // Row 9 is past the declared A1:C3: the dimension grows to hold it.
        "A1:C9"
      )
    );
  });

  it("fills an empty sheetData and keeps formula-like text as text", () => {
    const out = editSheetCells(
      "<worksheet><sheetData/></worksheet>",
      [{ row: 1, column: 1, value: "=1+1" }],
      keepStyle
    );
    expect(out.xml).toBe(
      '<worksheet><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>=1+1</t></is></c></row></sheetData></worksheet>'
    );
  });

  it("reports formulas replaced, and shared-formula masters apart", () => {
    const rows =
      '<row r="1"><c r="A1"><f>B1*2</f><v>2</v></c><c r="B1"><f t="shared" ref="B1:B3" si="0">C1</f><v>1</v></c>' +
      '<c r="C1"><f t="shared" si="0"/><v>1</v></c></row>';
    const out = editSheetCells(
      wrap(rows),
      [1, 2, 3].map((column) => ({ row: 1, column, value: 0 })),
      keepStyle
    );
    expect(out.formulasRemoved).toEqual(["A1", "B1", "C1"]);
    expect(out.sharedFormulaMasters).toEqual(["B1"]);
  });

  it("gives the other cells of a shared formula whose first cell is fixed that formula, moved to their place", () => {
    const rows =
      '<row r="1"><c r="A1"><v>1</v></c><c r="B1"><f t="shared" ref="B1:C2" si="3">A1*2&amp;$A$1</f><v>2</v></c>' +
      '<c r="C1"><f t="shared" si="3"/><v>2</v></c></row>' +
      '<row r="2"><c r="A2"><v>5</v></c><c r="B2" s="1"><f t="shared" si="3"></f><v>10</v></c>' +
      '<c r="C2"><f t="shared" si="3"/><v>2</v></c><c r="D2"><f t="shared" si="4"/></c></row>';
    const out = editSheetCells(wrap(rows), [{ row: 1, column: 2, value: 7 }], keepStyle);
    expect(out.sharedFormulaMasters).toEqual(["B1"]);
    expect(out.xml).toBe(
      wrap(
        '<row r="1"><c r="A1"><v>1</v></c><c r="B1"><v>7</v></c>' +
          '<c r="C1"><f>B1*2&amp;$A$1</f><v>2</v></c></row>' +
          '<row r="2"><c r="A2"><v>5</v></c><c r="B2" s="1"><f>A2*2&amp;$A$1</f><v>10</v></c>' +
          '<c r="C2"><f>B2*2&amp;$A$1</f><v>2</v></c><c r="D2"><f t="shared" si="4"/></c></row>'
      )
    );
  });

  it("counts rows and cells without r as following the one before", () => {
    const rows = "<row><c><v>1</v></c><c><v>2</v></c></row><row><c><v>3</v></c></row>";
    const out = editSheetCells(wrap(rows), [{ row: 2, column: 1, value: 9 }], keepStyle);
    expect(out.xml).toBe(
      wrap('<row><c><v>1</v></c><c><v>2</v></c></row><row><c r="A2"><v>9</v></c></row>')
    );
  });
});
