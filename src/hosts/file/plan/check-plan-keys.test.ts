import type { PlanSheet } from "../../../engine/plan/workbook-plan";
import { checkPlanKeys } from "./check-plan-keys";

const sheet = (key: PlanSheet["key"]): PlanSheet => ({
  key,
  name: key,
  tables: [],
  cells: [],
  charts: [],
  conditionalFormats: [],
  columnWidths: [],
});

describe("checkPlanKeys", () => {
  it("accepts distinct keys", () => {
    expect(() =>
      checkPlanKeys({ sheets: [sheet("tiers"), sheet("credit")], highlights: [] })
    ).not.toThrow();
  });
  it("refuses a key planned twice, naming it", () => {
    expect(() =>
      checkPlanKeys({ sheets: [sheet("tiers"), sheet("tiers")], highlights: [] })
    ).toThrow('the sheet key "tiers" appears twice');
  });
});
