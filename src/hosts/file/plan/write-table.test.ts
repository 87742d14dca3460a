import ExcelJS from "exceljs";
import { FORMATS, type PlanTable } from "../../../engine/plan/workbook-plan";
import { makePlanStyles } from "./plan-styles";
import { writeTable } from "./write-table";

const table: PlanTable = {
  name: "t",
  row: 3,
  column: 2,
  header: ["Id", "Sales"],
  rows: [
    ["C1", 10, "extra beyond the header"],
    ["C2", null],
  ],
  formats: [null, FORMATS.money],
  styledHeader: true,
  autoFilter: false,
};

describe("writeTable", () => {
  const styles = makePlanStyles();
  const sheet = new ExcelJS.Workbook().addWorksheet("s");
  writeTable(sheet, table, styles);

  it("writes the header at its row and column, styled", () => {
    expect(sheet.getCell("B3").value).toBe("Id");
    expect(sheet.getCell("C3").style).toBe(styles.header);
  });
  it("writes each row below with the column's shared format", () => {
    expect(sheet.getCell("B4").value).toBe("C1");
    expect(sheet.getCell("C4").value).toBe(10);
    expect(sheet.getCell("C4").style).toBe(styles.forFormat(FORMATS.money));
  });
  it("creates no cell for an empty value and nothing beyond the header's width", () => {
    expect(sheet.getRow(5).actualCellCount).toBe(1);
    expect(sheet.getRow(4).actualCellCount).toBe(2);
  });
  it("leaves an unstyled header plain", () => {
    const plain = new ExcelJS.Workbook().addWorksheet("s");
    writeTable(plain, { ...table, styledHeader: false }, styles);
    expect(plain.getCell("B3").font).toBeUndefined();
  });
});
