import ExcelJS from "exceljs";
import { sheetMarkerKey } from "../own/sheet-marker";
import { readRegistry } from "./read-registry";
import { REGISTRY_MARKER, REGISTRY_VERSION, findRegistrySheet } from "./registry-sheet";
import { writeRegistry } from "./write-registry";

describe("writeRegistry", () => {
  it("writes the marker, version and one row per entry on a very hidden, marked last sheet", () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet("Tiers");
    writeRegistry(workbook, [{ key: "tiers", name: "Tiers", box: "A1:B2" }]);
    const sheet = workbook.worksheets[workbook.worksheets.length - 1];
    expect(sheet.state).toBe("veryHidden");
    expect(sheetMarkerKey(sheet)).toBe("registry");
    expect(sheet.getRow(1).values).toEqual([undefined, REGISTRY_MARKER, REGISTRY_VERSION]);
    expect(sheet.getRow(3).values).toEqual([undefined, "tiers", "Tiers", "A1:B2"]);
  });
  it("ignores a user's own sheet called _tiersheet and names the registry around it", () => {
    const workbook = new ExcelJS.Workbook();
    const own = workbook.addWorksheet("_tiersheet");
    own.getCell("A1").value = REGISTRY_MARKER;
    workbook.addWorksheet("Tiers");
    expect(findRegistrySheet(workbook)).toBeUndefined();
    writeRegistry(workbook, [{ key: "tiers", name: "Tiers" }]);
    expect(findRegistrySheet(workbook)?.name).toBe("_tiersheet (2)");
    expect(own.getCell("A1").value).toBe(REGISTRY_MARKER);
    expect(readRegistry(workbook)?.records).toHaveLength(1);
  });
  it("replaces the earlier registry rather than adding a second", () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet("Tiers");
    writeRegistry(workbook, [{ key: "tiers", name: "Tiers" }]);
    writeRegistry(workbook, []);
    expect(workbook.worksheets.filter((ws) => ws.state === "veryHidden")).toHaveLength(1);
    expect(readRegistry(workbook)?.records).toEqual([]);
  });
});
