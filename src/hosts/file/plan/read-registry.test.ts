import ExcelJS from "exceljs";
import { readRegistry } from "./read-registry";
import { findRegistrySheet } from "./registry-sheet";
import { writeRegistry } from "./write-registry";

async function roundTrip(workbook: ExcelJS.Workbook): Promise<ExcelJS.Workbook> {
  const again = new ExcelJS.Workbook();
  await again.xlsx.load(await workbook.xlsx.writeBuffer());
  return again;
}

describe("readRegistry", () => {
  it("survives a save, very hidden, and finds sheets by id after a rename", async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet("Data");
    const tiers = workbook.addWorksheet("Tiers");
    writeRegistry(workbook, [{ key: "tiers", sheetId: tiers.id, name: "Tiers" }]);
    const again = await roundTrip(workbook);
    const registry = findRegistrySheet(again);
    expect(registry?.state).toBe("veryHidden");
    expect(registry?.name).toBe("_tiersheet");
    const renamed = again.getWorksheet(tiers.id);
    if (!renamed) throw new Error("sheet lost");
    renamed.name = "My tiers";
    expect(readRegistry(again)).toEqual([{ key: "tiers", sheetId: tiers.id, name: "My tiers" }]);
  });
  it("forgets sheets the user deleted and rows it cannot read", () => {
    const workbook = new ExcelJS.Workbook();
    const tiers = workbook.addWorksheet("Tiers");
    const credit = workbook.addWorksheet("Credit");
    writeRegistry(workbook, [
      { key: "tiers", sheetId: tiers.id, name: "Tiers" },
      { key: "credit", sheetId: credit.id, name: "Credit" },
    ]);
    const registry = findRegistrySheet(workbook);
    registry?.addRow(["not-a-key", tiers.id, "x"]);
    registry?.addRow(["validation", "3", "x"]);
    workbook.removeWorksheet(credit.id);
    expect(readRegistry(workbook)).toEqual([{ key: "tiers", sheetId: tiers.id, name: "Tiers" }]);
  });
});
