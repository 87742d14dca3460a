import { DEFAULT_CREDIT_SETTINGS } from "../credit-settings";
import { blankCustomer, day } from "../test-customers";
import { expressionInputs } from "./expression-inputs";
import { EXPRESSION_NAMES } from "./expression-names";

describe("expressionInputs", () => {
  const asOf = day("2024-12-31");

  it("gives every known name, null when the customer has no data", () => {
    const inputs = expressionInputs(blankCustomer("c1"), asOf, DEFAULT_CREDIT_SETTINGS);
    expect(Object.keys(inputs).sort()).toEqual([...EXPRESSION_NAMES].sort());
    for (const name of EXPRESSION_NAMES) {
      if (name !== "as_of") expect(inputs[name]).toBeNull();
    }
    expect(inputs.as_of).toBe(asOf);
  });

  it("derives tenure, age, recency and average sales from the as-of date", () => {
    const customer = {
      ...blankCustomer("c1"),
      first_purchase: asOf - 730,
      founded: asOf - 3650,
      last_purchase: asOf - 12,
      sales_amount: 24_000,
      overdue_days_avg: 45,
    };
    const inputs = expressionInputs(customer, asOf, DEFAULT_CREDIT_SETTINGS);
    expect(inputs.years_as_customer).toBe(2);
    expect(inputs.months_as_customer).toBe(24);
    expect(inputs.years_in_business).toBe(10);
    expect(inputs.days_since_last_purchase).toBe(12);
    expect(inputs.avg_monthly_sales).toBe(1000);
    expect(inputs.overdue_days_avg).toBe(45);
    expect(inputs.first_purchase).toBe(asOf - 730);
  });

  it("includes Altman Z'' when its inputs are there", () => {
    const customer = {
      ...blankCustomer("c1"),
      total_assets: 1000,
      total_liabilities: 600,
      current_assets: 500,
      current_liabilities: 300,
      retained_earnings: 150,
      ebit: 80,
    };
    expect(expressionInputs(customer, asOf, DEFAULT_CREDIT_SETTINGS).altman_z).toBeCloseTo(
      3.0386,
      10
    );
  });
});
