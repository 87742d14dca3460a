import ExcelJS from "exceljs";
import { makePlanStyles } from "./plan-styles";
import { writePlanSheet } from "./write-plan-sheet";
import { tiersSheet } from "./sample-plan.test-helper";

describe("writePlanSheet", () => {
  it("writes tables, cells, layout and conditional formats together, single cells over tables", () => {
    const sheet = new ExcelJS.Workbook().addWorksheet("s");
    const plan = { ...tiersSheet(), cells: [{ row: 2, column: 5, value: "override" }] };
    writePlanSheet(sheet, plan, makePlanStyles());
    expect(sheet.getCell("A1").value).toBe("客户编号");
    expect(sheet.getCell("E2").value).toBe("override");
    expect(sheet.getColumn(1).width).toBe(12);
    expect(sheet.autoFilter).toBeDefined();
    expect(
      (sheet as unknown as { conditionalFormattings: unknown[] }).conditionalFormattings
    ).toHaveLength(2);
  });
  it("writes only the header of a deferred table", () => {
    const sheet = new ExcelJS.Workbook().addWorksheet("s");
    const plan = tiersSheet();
    writePlanSheet(sheet, plan, makePlanStyles(), new Set(plan.tables));
    expect(sheet.getCell("A1").value).toBe("客户编号");
    expect(sheet.rowCount).toBe(1);
    expect(sheet.autoFilter).toEqual({ from: { row: 1, column: 1 }, to: { row: 4, column: 6 } });
  });
});
