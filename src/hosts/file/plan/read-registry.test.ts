import ExcelJS from "exceljs";
import { readRegistry } from "./read-registry";
import { REGISTRY_MARKER, findRegistrySheet } from "./registry-sheet";
import { writeRegistry } from "./write-registry";

async function roundTrip(workbook: ExcelJS.Workbook): Promise<ExcelJS.Workbook> {
  const again = new ExcelJS.Workbook();
  await again.xlsx.load(await workbook.xlsx.writeBuffer());
  return again;
}

describe("readRegistry", () => {
  it("survives a save, very hidden and marked, with each sheet's name and range", async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet("Data");
    workbook.addWorksheet("Tiers");
    writeRegistry(workbook, [{ key: "tiers", name: "Tiers", box: "A1:C9" }]);
    const again = await roundTrip(workbook);
    const registry = findRegistrySheet(again);
    expect(registry?.state).toBe("veryHidden");
    expect(registry?.name).toBe("_tiersheet");
    expect(readRegistry(again)).toEqual({
      version: 2,
      records: [{ key: "tiers", name: "Tiers", box: "A1:C9" }],
    });
  });
  it("is found when another program made it merely hidden (LibreOffice)", async () => {
    const workbook = new ExcelJS.Workbook();
    writeRegistry(workbook, [{ key: "history", name: "History" }]);
    const again = await roundTrip(workbook);
    again.worksheets[0].state = "hidden";
    expect(readRegistry(again)?.records).toEqual([{ key: "history", name: "History" }]);
  });
  it("skips rows it cannot read, and reads version 1 rows (key, sheet id, name)", () => {
    const workbook = new ExcelJS.Workbook();
    writeRegistry(workbook, [{ key: "tiers", name: "Tiers" }]);
    const registry = findRegistrySheet(workbook);
    registry?.addRow(["not-a-key", "x"]);
    registry?.addRow(["validation", 3]);
    expect(readRegistry(workbook)?.records).toEqual([{ key: "tiers", name: "Tiers" }]);
    const legacy = new ExcelJS.Workbook();
    const v1 = legacy.addWorksheet("_tiersheet", { state: "veryHidden" });
    v1.getRow(1).values = [REGISTRY_MARKER, 1];
    v1.getRow(3).values = ["credit", 4, "Credit"];
    v1.getRow(4).values = ["tiers", "4", "Tiers"];
    expect(readRegistry(legacy)).toEqual({
      version: 1,
      records: [{ key: "credit", sheetId: 4, name: "Credit" }],
    });
  });
  it("is null without a registry", () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet("Data");
    expect(readRegistry(workbook)).toBeNull();
  });
});
