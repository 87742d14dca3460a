import type { Customer } from "../customer";
import { DEFAULT_CREDIT_SETTINGS } from "./credit-settings";
import { prepareScorecard } from "./prepare-scorecard";
import { ScorecardError } from "./scorecard-issue";
import { blankCustomer, day, fullCustomer } from "./test-customers";

const asOf = day("2024-12-31");

describe("prepareScorecard", () => {
  it("compiles once and scores one customer after another", () => {
    const prepared = prepareScorecard(DEFAULT_CREDIT_SETTINGS);
    expect(prepared.scorecard.id).toBe("5C");
    expect(prepared.score(fullCustomer(asOf), asOf).score).toBeCloseTo(68.2916667, 6);
  });

  it("keeps nothing of one customer in the next one's result", () => {
    const prepared = prepareScorecard(DEFAULT_CREDIT_SETTINGS);
    const full = prepared.score(fullCustomer(asOf), asOf);
    const fullAgain = structuredClone(full);
    const partial: Customer = { ...blankCustomer("c2"), overdue_days_avg: 7, industry_risk: "高" };
    const second = prepared.score(partial, asOf);
    expect(second.indicators.filter((i) => i.points !== null).map((i) => [i.id, i.points])).toEqual(
      [
        ["overdue_days", 85],
        ["industry_risk", 20],
      ]
    );
    expect(second.indicators.find((i) => i.id === "industry_risk")?.value).toBe("高");
    expect(second.dimensions.map((d) => d.indicatorsWithData)).toEqual([1, 0, 0, 0, 1]);
    expect(prepared.score(blankCustomer("c3"), asOf).score).toBeNull();
    // Results already handed out do not change when the next customer is scored.
    expect(full).toEqual(fullAgain);
  });

  it("throws a ScorecardError for an invalid scorecard", () => {
    const bad = { ...DEFAULT_CREDIT_SETTINGS, method: "custom" as const, custom: null };
    expect(() => prepareScorecard(bad)).toThrow(ScorecardError);
  });
});
