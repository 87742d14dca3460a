import type { PlanSheet } from "../../../engine/plan/workbook-plan";
import { planSheetBox } from "./plan-box";

function planSheet(parts: Partial<PlanSheet>): PlanSheet {
  return {
    key: "tiers",
    name: "Tiers",
    tables: [],
    cells: [],
    charts: [],
    conditionalFormats: [],
    columnWidths: [],
    ...parts,
  };
}

describe("planSheetBox", () => {
  it("covers every table (header and rows) and every cell from A1", () => {
    const sheet = planSheet({
      tables: [
        {
          name: "t",
          row: 3,
          column: 2,
          header: ["a", "b", "c"],
          rows: [
            [1, 2, 3],
            [4, 5, 6],
          ],
          formats: [null, null, null],
          styledHeader: true,
          autoFilter: false,
        },
      ],
      cells: [{ row: 1, column: 6, value: "title" }],
    });
    expect(planSheetBox(sheet)).toBe("A1:F5");
  });
  it("is A1 alone for an empty sheet", () => {
    expect(planSheetBox(planSheet({}))).toBe("A1:A1");
  });
});
