import ExcelJS from "exceljs";
import { makePlanStyles } from "./plan-styles";
import { writeCells } from "./write-cells";

describe("writeCells", () => {
  it("writes each cell with its look and format", () => {
    const styles = makePlanStyles();
    const sheet = new ExcelJS.Workbook().addWorksheet("s");
    writeCells(
      sheet,
      [
        { row: 1, column: 1, value: "客户分级", style: "title" },
        { row: 2, column: 3, value: 0.25, format: "0.0%", style: "label" },
        { row: 3, column: 1, value: "plain" },
      ],
      styles
    );
    expect(sheet.getCell("A1").value).toBe("客户分级");
    expect(sheet.getCell("A1").font?.size).toBe(14);
    expect(sheet.getCell("C2").value).toBe(0.25);
    expect(sheet.getCell("C2").numFmt).toBe("0.0%");
    expect(sheet.getCell("C2").font?.bold).toBe(true);
    expect(sheet.getCell("A3").font).toBeUndefined();
  });
});
