import { creditOutcome } from "./credit-outcome";
import { creditOutcomeScorer, creditScorer } from "./credit-scorer";
import { DEFAULT_CREDIT_SETTINGS, type CreditSettings } from "./credit-settings";
import { blankCustomer, day, fullCustomer } from "./test-customers";
import { handTable } from "../hand-table.test-helper";
import type { Customer } from "../customer";

const asOf = day("2026-11-01");
const table = handTable("S", ["customer_id"], []);

function customers(): Customer[] {
  const full = fullCustomer(asOf);
  return [
    full,
    { ...full, customer_id: "C2", overdue_days_avg: 200, overdue_count: 9, industry_risk: "高" },
    { ...full, customer_id: "C3", total_liabilities: null, collateral_value: null, revenue: null },
    { ...full, customer_id: "C4", current_assets: 10, net_profit: -50 },
    blankCustomer("C5"),
  ];
}

describe("creditOutcomeScorer", () => {
  it.each<[string, Partial<CreditSettings>]>([
    ["5C", {}],
    ["5P", { method: "5P" }],
    ["5C with one reason", { reasonCount: 1 }],
    ["5C with no reasons", { reasonCount: 0 }],
    ["fuzzy", { method: "fuzzy" }],
  ])("gives the %s scorecard's outcome exactly as its whole result has it", (_, change) => {
    const settings = { ...DEFAULT_CREDIT_SETTINGS, ...change };
    const whole = creditScorer(settings, table);
    const outcome = creditOutcomeScorer(settings, table);
    for (const customer of customers()) {
      const expected = creditOutcome(whole(customer, asOf));
      expect(JSON.stringify(creditOutcome(outcome(customer, asOf)))).toBe(JSON.stringify(expected));
    }
  });
});
