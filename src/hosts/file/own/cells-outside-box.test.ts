import ExcelJS from "exceljs";
import { cellsOutsideBox } from "./cells-outside-box";

describe("cellsOutsideBox", () => {
  it("lists the values outside the range, formulas included, and skips blanks and merges", () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("Tiers");
    sheet.getCell("A1").value = "ours";
    sheet.getCell("C3").value = 5;
    sheet.getCell("D1").value = "typed beside";
    sheet.getCell("A5").value = { formula: "1+1", result: 2 };
    sheet.getCell("B6").value = "  ";
    sheet.getCell("E7").value = "merged";
    sheet.mergeCells("E7:F8");
    expect(cellsOutsideBox(sheet, "A1:C3")).toEqual([
      { address: "D1", value: "typed beside" },
      { address: "A5", value: { formula: "1+1", result: 2 } },
      { address: "E7", value: "merged" },
    ]);
  });
  it("finds nothing for a range it cannot read", () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet("Tiers").getCell("Z9").value = 1;
    expect(cellsOutsideBox(workbook.worksheets[0], "nonsense")).toEqual([]);
  });
});
