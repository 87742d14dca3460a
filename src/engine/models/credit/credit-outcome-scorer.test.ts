import { creditOutcome } from "./credit-outcome";
import { creditOutcomeScorer, creditScorer } from "./credit-scorer";
import { DEFAULT_CREDIT_SETTINGS, type CreditSettings } from "./credit-settings";
import { day, variedCustomers } from "./test-customers";
import { handTable } from "../hand-table.test-helper";

const asOf = day("2026-11-01");
const table = handTable("S", ["customer_id"], []);

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
    for (const customer of variedCustomers(asOf)) {
      const expected = creditOutcome(whole(customer, asOf));
      expect(JSON.stringify(creditOutcome(outcome(customer, asOf)))).toBe(JSON.stringify(expected));
    }
  });
});
