import ExcelJS from "exceljs";
import { REGISTRY_MARKER, findRegistrySheet } from "./registry-sheet";

describe("findRegistrySheet", () => {
  it("needs both the very hidden state and the marker", () => {
    const workbook = new ExcelJS.Workbook();
    const hiddenOnly = workbook.addWorksheet("a", { state: "hidden" });
    hiddenOnly.getCell("A1").value = REGISTRY_MARKER;
    workbook.addWorksheet("b", { state: "veryHidden" }).getCell("A1").value = "something else";
    expect(findRegistrySheet(workbook)).toBeUndefined();
    const ours = workbook.addWorksheet("c", { state: "veryHidden" });
    ours.getCell("A1").value = REGISTRY_MARKER;
    expect(findRegistrySheet(workbook)).toBe(ours);
  });
});
