import type { PlanSheet } from "../../../engine/plan/workbook-plan";
import { FORMATS } from "../../../engine/plan/workbook-plan";
import { planCellLookup } from "./plan-cell-lookup";

const sheet: PlanSheet = {
  key: "dashboard",
  name: "Dashboard",
  tables: [
    {
      name: "t",
      row: 3,
      column: 2,
      header: ["Tier", "Count"],
      rows: [
        ["VIP", 2],
        ["Major", null],
      ],
      formats: [null, FORMATS.count],
      styledHeader: true,
      autoFilter: false,
    },
  ],
  cells: [
    { row: 1, column: 1, value: "Title", style: "title" },
    { row: 4, column: 3, value: 9, format: FORMATS.money },
  ],
  charts: [],
  conditionalFormats: [],
  columnWidths: [],
};

describe("planCellLookup", () => {
  const lookup = planCellLookup(sheet);
  it("finds header, body and single cells", () => {
    expect(lookup.value(3, 2)).toBe("Tier");
    expect(lookup.value(5, 2)).toBe("Major");
    expect(lookup.value(5, 3)).toBeNull();
    expect(lookup.value(1, 1)).toBe("Title");
  });
  it("gives undefined outside what is planned, on each side of the table", () => {
    expect(lookup.value(2, 2)).toBeUndefined();
    expect(lookup.value(6, 2)).toBeUndefined();
    expect(lookup.value(4, 1)).toBeUndefined();
    expect(lookup.value(4, 4)).toBeUndefined();
  });
  it("lets a single cell win over the table beneath it", () => {
    expect(lookup.value(4, 3)).toBe(9);
    expect(lookup.format(4, 3)).toBe(FORMATS.money);
  });
  it("gives the column's format in the body and General on the header", () => {
    expect(lookup.format(5, 3)).toBe(FORMATS.count);
    expect(lookup.format(3, 3)).toBeNull();
    expect(lookup.format(1, 1)).toBeNull();
  });
});
