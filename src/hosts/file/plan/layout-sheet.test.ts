import ExcelJS from "exceljs";
import JSZip from "jszip";
import type { PlanSheet, PlanTable } from "../../../engine/plan/workbook-plan";
import { layoutSheet } from "./layout-sheet";

const table = (row: number, styledHeader: boolean, autoFilter: boolean): PlanTable => ({
  name: "t",
  row,
  column: 2,
  header: ["a", "b", "c"],
  rows: [
    [1, 2, 3],
    [4, 5, 6],
  ],
  formats: [null, null, null],
  styledHeader,
  autoFilter,
});

const base: PlanSheet = {
  key: "tiers",
  name: "T",
  tables: [],
  cells: [],
  charts: [],
  conditionalFormats: [],
  columnWidths: [],
};

describe("layoutSheet", () => {
  it("sets widths from column A, skipping non-positive ones", () => {
    const sheet = new ExcelJS.Workbook().addWorksheet("s");
    layoutSheet(sheet, { ...base, columnWidths: [10, 0, 30] });
    expect(sheet.getColumn(1).width).toBe(10);
    expect(sheet.getColumn(2).width).toBeUndefined();
    expect(sheet.getColumn(3).width).toBe(30);
  });
  it("freezes below the first styled header and filters the first table asking for it", () => {
    const sheet = new ExcelJS.Workbook().addWorksheet("s");
    layoutSheet(sheet, {
      ...base,
      tables: [table(2, false, false), table(5, true, true), table(10, true, true)],
    });
    expect(sheet.views[0]).toMatchObject({ state: "frozen", xSplit: 0, ySplit: 5 });
    expect(sheet.autoFilter).toEqual({ from: { row: 5, column: 2 }, to: { row: 7, column: 4 } });
  });
  it("prefers the plan's freeze, and freezes nothing for 0 x 0", () => {
    const sheet = new ExcelJS.Workbook().addWorksheet("s");
    layoutSheet(sheet, {
      ...base,
      tables: [table(5, true, false)],
      freeze: { rows: 2, columns: 1 },
    });
    expect(sheet.views[0]).toMatchObject({ state: "frozen", xSplit: 1, ySplit: 2 });
    const none = new ExcelJS.Workbook().addWorksheet("s");
    layoutSheet(none, {
      ...base,
      tables: [table(5, true, false)],
      freeze: { rows: 0, columns: 0 },
    });
    expect(none.views).toEqual([]);
  });
  it("filters the header alone when the table has no rows, and sets the tab colour", () => {
    const sheet = new ExcelJS.Workbook().addWorksheet("s");
    layoutSheet(sheet, {
      ...base,
      tables: [{ ...table(1, false, true), rows: [] }],
      tabColor: "#70AD47",
    });
    expect(sheet.autoFilter).toEqual({ from: { row: 1, column: 2 }, to: { row: 2, column: 4 } });
    expect(sheet.properties.tabColor).toEqual({ argb: "FF70AD47" });
  });
});

describe("layoutSheet print settings", () => {
  it("sets A4, one page wide, the print area and a page break after each given row", async () => {
    const workbook = new ExcelJS.Workbook();
    const worksheet = workbook.addWorksheet("Handout");
    layoutSheet(worksheet, {
      key: "handout",
      name: "Handout",
      tables: [],
      cells: [],
      charts: [],
      conditionalFormats: [],
      columnWidths: [20],
      print: {
        paper: "A4",
        orientation: "portrait",
        fitToWidth: true,
        printArea: "A1:F30",
        rowBreaks: [10, 20],
      },
    });
    expect(worksheet.pageSetup).toMatchObject({
      paperSize: 9,
      orientation: "portrait",
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      printArea: "A1:F30",
    });
    const zip = await JSZip.loadAsync(await workbook.xlsx.writeBuffer());
    const xml = await zip.file("xl/worksheets/sheet1.xml")!.async("string");
    expect(xml).toMatch(/<pageSetup[^>]*paperSize="9"/);
    expect(xml).toMatch(/<brk id="10"[^>]*\/>/);
    expect(xml).toMatch(/<brk id="20"[^>]*\/>/);
    const names = await zip.file("xl/workbook.xml")!.async("string");
    expect(names).toContain("_xlnm.Print_Area");
  });
});
