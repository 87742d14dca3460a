import { creditDetail } from "./credit-detail";
import { creditScorer } from "./models/credit/credit-scorer";
import { scoreCredit } from "./models/credit/scorecard";
import { makeSample } from "./sample/make-sample";
import { scoreWorkbook } from "./score-workbook";
import { DEFAULT_SETTINGS } from "./settings";
import { dayFromIso } from "./day";
import { eachScoredCustomer, scoredCustomerAt } from "./scored-customers";

describe("creditDetail: the run keeps outcomes, a view gets the whole result back", () => {
  const asOf = dayFromIso("2026-11-01")!;
  const { workbook } = makeSample({ kind: "enterprise", rows: 60, seed: 5, asOf });
  const run = scoreWorkbook(workbook, { asOf, settings: DEFAULT_SETTINGS })!;

  it("keeps no breakdown by indicator or dimension in the run", () => {
    for (const scored of [...eachScoredCustomer(run)]) {
      expect(scored.credit).not.toHaveProperty("indicators");
      expect(scored.credit).not.toHaveProperty("dimensions");
    }
  });

  it("gives each customer the very result the scorecard gives, outcome fields included", () => {
    for (const scored of [...eachScoredCustomer(run)]) {
      const whole = scoreCredit(scored.customer, asOf, DEFAULT_SETTINGS.credit);
      expect(creditDetail(run, scored)).toEqual(whole);
      const { indicators, dimensions, ...outcome } = whole;
      expect(indicators.length).toBeGreaterThan(0);
      expect(dimensions.length).toBeGreaterThan(0);
      expect(scored.credit).toEqual(outcome);
    }
  });

  it("scores with the run's own settings when the same table is scored again with others", () => {
    const scored = scoredCustomerAt(run, 0);
    const fuzzy = {
      ...DEFAULT_SETTINGS,
      credit: { ...DEFAULT_SETTINGS.credit, method: "fuzzy" as const },
    };
    const first = creditDetail(run, scored);
    const other = creditDetail({ ...run, settings: fuzzy }, scored);
    expect(other).toEqual(creditScorer(fuzzy.credit, run.table)(scored.customer, asOf));
    expect(other.fuzzy).toBeDefined();
    expect(first.fuzzy).toBeUndefined();
    expect(creditDetail(run, scored)).toEqual(first);
  });
});
