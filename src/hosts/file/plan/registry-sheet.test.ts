import ExcelJS from "exceljs";
import { markSheet } from "../own/sheet-marker";
import { REGISTRY_KEY, REGISTRY_MARKER, findRegistrySheet } from "./registry-sheet";

describe("findRegistrySheet", () => {
  it("needs the A1 marker and the sheet marker, whatever the sheet's state", () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet("a", { state: "veryHidden" }).getCell("A1").value = REGISTRY_MARKER;
    const unmarked = workbook.addWorksheet("b");
    markSheet(unmarked, REGISTRY_KEY);
    unmarked.getCell("A1").value = "something else";
    expect(findRegistrySheet(workbook)).toBeUndefined();
    const ours = workbook.addWorksheet("c");
    ours.getCell("A1").value = REGISTRY_MARKER;
    markSheet(ours, REGISTRY_KEY);
    expect(findRegistrySheet(workbook)).toBe(ours);
  });
  it("accepts a version 1 registry (no sheet marker) only when it is not visible", () => {
    const workbook = new ExcelJS.Workbook();
    const v1 = workbook.addWorksheet("_tiersheet");
    v1.getRow(1).values = [REGISTRY_MARKER, 1];
    expect(findRegistrySheet(workbook)).toBeUndefined();
    v1.state = "hidden";
    expect(findRegistrySheet(workbook)).toBe(v1);
  });
});
