import { DEFAULT_CREDIT_SETTINGS, type CreditSettings } from "./credit-settings";
import { creditOutcome } from "./credit-outcome";
import type { CreditOutcome } from "./credit-result";
import { creditOutcomeAt, newCreditColumns, setCreditOutcome } from "./credit-columns";
import { creditScorer } from "./credit-scorer";
import { day, variedCustomers } from "./test-customers";
import { handTable } from "../hand-table.test-helper";

const asOf = day("2026-11-01");
const empty = handTable("S", ["customer_id"], []);

/** Each outcome set into columns and read back, as JSON (the form every output takes). */
function roundTrip(outcomes: CreditOutcome[], slots: number) {
  const columns = newCreditColumns(
    outcomes.length,
    slots,
    outcomes.map((o) => o.customerId)
  );
  outcomes.forEach((o, k) => setCreditOutcome(columns, k, o));
  return { columns, back: outcomes.map((_, k) => creditOutcomeAt(columns, k)) };
}

describe("credit outcomes as columns", () => {
  it.each<[string, Partial<CreditSettings>]>([
    ["5C", {}],
    ["5P", { method: "5P" }],
    ["fuzzy", { method: "fuzzy" }],
  ])("gives back every %s outcome exactly, key order included", (_, change) => {
    const settings = { ...DEFAULT_CREDIT_SETTINGS, ...change };
    const score = creditScorer(settings, empty);
    const outcomes = variedCustomers(asOf).map((c) => creditOutcome(score(c, asOf)));
    const { columns, back } = roundTrip(outcomes, settings.reasonCount);
    expect(JSON.stringify(back)).toBe(JSON.stringify(outcomes));
    expect(columns.whole.size).toBe(0);
    expect(outcomes.some((o) => o.reasons.length > 0)).toBe(true);
  });

  it("keeps whole an outcome with more reasons than it has slots for", () => {
    const score = creditScorer(DEFAULT_CREDIT_SETTINGS, empty);
    const outcomes = variedCustomers(asOf).map((c) => creditOutcome(score(c, asOf)));
    const { columns, back } = roundTrip(outcomes, 1);
    expect(JSON.stringify(back)).toBe(JSON.stringify(outcomes));
    expect(columns.whole.size).toBeGreaterThan(0);
  });

  it("shares a category name by its texts, though a scorer makes one per customer", () => {
    const reason = (k: number) => ({
      id: "housing",
      dimension: "statistical",
      name: { "zh-CN": "housing", "en-US": "housing" },
      unit: "category" as const,
      value: "rent",
      categoryName: { "zh-CN": "rent", "en-US": "rent" },
      points: -18 + k,
      effectiveWeight: 0.5,
      shortfall: 32 - k,
    });
    const outcomes: CreditOutcome[] = [0, 1, 2].map((k) => ({
      customerId: `C${k}`,
      scorecard: "statistical",
      score: 440 + k,
      grade: "BB",
      confidence: 1,
      light: "amber",
      limit: null,
      terms: 30,
      averageMonthlySales: null,
      reasons: [reason(k)],
    }));
    const { columns, back } = roundTrip(outcomes, 3);
    expect(JSON.stringify(back)).toBe(JSON.stringify(outcomes));
    expect(columns.whole.size).toBe(0);
    // "statistical", 30, "rent" and the one category name.
    expect(columns.shared).toHaveLength(4);
  });
});
