import ExcelJS from "exceljs";
import { keyFromPrompt, markSheet, markerPrompt, sheetMarkerKey } from "./sheet-marker";

describe("sheet markers", () => {
  it("survive a save and leave A1's value alone", async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("Tiers");
    sheet.getCell("A1").value = "Customer";
    markSheet(sheet, "tiers");
    const again = new ExcelJS.Workbook();
    await again.xlsx.load(await workbook.xlsx.writeBuffer());
    const read = again.getWorksheet("Tiers");
    if (!read) throw new Error("sheet lost");
    expect(sheetMarkerKey(read)).toBe("tiers");
    expect(read.getCell("A1").value).toBe("Customer");
  });
  it("are not a user's validation on A1, nor any other prompt", () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("Mine");
    expect(sheetMarkerKey(sheet)).toBeNull();
    sheet.getCell("A1").dataValidation = {
      type: "list",
      formulae: ['"a,b"'],
      promptTitle: "Pick",
      prompt: markerPrompt("tiers"),
    };
    expect(sheetMarkerKey(sheet)).toBeNull();
    expect(keyFromPrompt("tiersheet-sheet:history")).toBe("history");
    expect(keyFromPrompt("tiersheet-sheet:Bad Key")).toBeNull();
    expect(keyFromPrompt(3)).toBeNull();
  });
});
