import { expandSharedFormulas } from "./expand-shared-formulas";

const part = (rows: string, p = "") =>
  `<${p}worksheet><${p}sheetData>${rows}</${p}sheetData></${p}worksheet>`;

describe("expandSharedFormulas", () => {
  it("writes the master's formula, moved, into each cell that pointed to it, in the part's prefix", () => {
    const masters = new Map([["0", { xmlText: "A1&amp;&quot;x&quot;", row: 1, column: 2 }]]);
    const rows =
      '<x:row r="3"><x:c r="A3"><x:v>1</x:v></x:c><x:c r="C3"><x:f t="shared" si="0" ca="1"/></x:c></x:row>';
    expect(expandSharedFormulas(part(rows, "x:"), masters)).toBe(
      part(
        '<x:row r="3"><x:c r="A3"><x:v>1</x:v></x:c><x:c r="C3"><x:f ca="1">B3&amp;&quot;x&quot;</x:f></x:c></x:row>',
        "x:"
      )
    );
  });

  it("counts rows and cells written without r, and leaves other shared formulas alone", () => {
    const masters = new Map([["1", { xmlText: "A1", row: 1, column: 2 }]]);
    const rows =
      '<row><c><v>1</v></c><c><v>2</v></c></row><row><c><v>3</v></c><c><f t="shared" si="1"/></c><c><f t="shared" si="2"/></c></row>';
    expect(expandSharedFormulas(part(rows), masters)).toBe(
      part(
        '<row><c><v>1</v></c><c><v>2</v></c></row><row><c><v>3</v></c><c><f>A2</f></c><c><f t="shared" si="2"/></c></row>'
      )
    );
  });
});
