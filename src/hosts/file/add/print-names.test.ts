import { printNames } from "./print-names";

describe("printNames", () => {
  it("names the print area and the title columns and rows, scoped to the sheet", () => {
    expect(
      printNames(
        "TierSheet 'Tiers'",
        {
          paper: "A4",
          orientation: "landscape",
          fitToWidth: false,
          titleRows: "1:1",
          titleColumns: "A:B",
        },
        3
      )
    ).toEqual([
      {
        name: "_xlnm.Print_Titles",
        sheet: 3,
        formula: "'TierSheet ''Tiers'''!$A:$B,'TierSheet ''Tiers'''!$1:$1",
      },
    ]);
    expect(
      printNames(
        "Dash",
        {
          paper: "A4",
          orientation: "landscape",
          fitToWidth: true,
          printArea: "A1:n90",
          titleRows: "1:3",
        },
        0
      )
    ).toEqual([
      { name: "_xlnm.Print_Area", sheet: 0, formula: "'Dash'!$A$1:$N$90" },
      { name: "_xlnm.Print_Titles", sheet: 0, formula: "'Dash'!$1:$3" },
    ]);
  });
});
