import { DEFAULT_CREDIT_SETTINGS } from "../credit-settings";
import { blankCustomer, day } from "../test-customers";
import { expressionInputs } from "./expression-inputs";
import { EXPRESSION_NAMES } from "./expression-names";
import { fillExpressionInputs } from "./fill-expression-inputs";

describe("fillExpressionInputs", () => {
  const asOf = day("2024-12-31");
  const full = {
    ...blankCustomer("c1"),
    first_purchase: asOf - 730,
    founded: asOf - 3650,
    last_purchase: asOf - 12,
    sales_amount: 24_000,
    overdue_days_avg: 45,
  };

  it("writes into the object it is given and returns that object", () => {
    const target: Record<string, number | null> = {};
    expect(fillExpressionInputs(target, full, asOf, DEFAULT_CREDIT_SETTINGS)).toBe(target);
    expect(target).toEqual(expressionInputs(full, asOf, DEFAULT_CREDIT_SETTINGS));
  });

  it("overwrites every name, so nothing of the previous customer is left", () => {
    const target = fillExpressionInputs({}, full, asOf, DEFAULT_CREDIT_SETTINGS);
    fillExpressionInputs(target, blankCustomer("c2"), asOf, DEFAULT_CREDIT_SETTINGS);
    expect(Object.keys(target).sort()).toEqual([...EXPRESSION_NAMES].sort());
    for (const name of EXPRESSION_NAMES) if (name !== "as_of") expect(target[name]).toBeNull();
  });
});
