import { dayFromIso } from "../../engine/day";
import { fitScorecard } from "../../engine/models/scorecard/fit-scorecard";
import { scoreWorkbook } from "../../engine/score-workbook";
import { DEFAULT_SETTINGS } from "../../engine/settings";
import type { CellValue } from "../../engine/table/cell";
import type { WorkbookData } from "../../engine/table/sheet";
import { learnCards } from "./learn-cards";

const rows: CellValue[][] = [
  ["customer_id", "name", "sales_amount", "months", "housing", "outcome"],
];
for (let i = 0; i < 200; i++) {
  const months = (i * 7) % 60;
  const housing = i % 3 === 0 ? "rent" : "own";
  const bad = (months < 20 && i % 5 !== 0) || (housing === "rent" && i % 4 === 0) || i % 17 === 0;
  rows.push([`C${100 + i}`, `Firm ${i}`, 1000 + i, months, housing, bad ? 1 : 0]);
}
const workbook: WorkbookData = { sheets: [{ name: "Customers", rows }] };
const asOf = dayFromIso("2026-11-01")!;

describe("the WOE and points card", () => {
  const fit = fitScorecard(workbook.sheets[0], { target: "outcome", holdout: false });
  if (!fit.ok) throw new Error(fit.problem.message["en-US"]);
  const statistical = {
    ...DEFAULT_SETTINGS,
    credit: {
      ...DEFAULT_SETTINGS.credit,
      method: "statistical" as const,
      statistical: fit.fit.setting,
    },
  };

  it("adds the example customer's bin points to the base points, with each bin's WOE", () => {
    const run = scoreWorkbook(workbook, { asOf, settings: statistical })!;
    const card = learnCards(run, 5, "en-US").find((c) => c.id === "woe")!;
    const number = (key: string) => card.figures.find((f) => f.key === key)!.number!;
    const points = card.figures.filter((f) => f.key.startsWith("points.")).map((f) => f.number!);
    expect(points).toHaveLength(fit.fit.setting.variables.length);
    expect(number("base") + points.reduce((a, b) => a + b, 0)).toBeCloseTo(number("score"), 9);
    // Row 5 is the fit's fourth customer: the score the fit gave it.
    expect(number("score")).toBe(fit.fit.customers[3].score);
    expect(card.figures.find((f) => f.key === "points.months")!.label).toMatch(
      /^months: \[.*\) \(WOE -?\d/
    );
    expect(learnCards(run, 5, "zh-CN").find((c) => c.id === "woe")!.title).toBe(
      "WOE 与分数：用本表拟合的评分卡"
    );
  });

  it("is not shown without a fitted scorecard", () => {
    const run = scoreWorkbook(workbook, { asOf, settings: DEFAULT_SETTINGS })!;
    expect(learnCards(run, null, "en-US").some((c) => c.id === "woe")).toBe(false);
  });
});
