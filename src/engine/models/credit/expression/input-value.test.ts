import { DEFAULT_CREDIT_SETTINGS } from "../credit-settings";
import { blankCustomer, day } from "../test-customers";
import { inputValue } from "./input-value";

describe("inputValue", () => {
  const asOf = day("2024-12-31");
  const s = DEFAULT_CREDIT_SETTINGS;
  const customer = {
    ...blankCustomer("c1"),
    first_purchase: asOf - 730,
    founded: asOf - 3650,
    last_purchase: asOf - 12,
    sales_amount: 24_000,
    overdue_days_avg: 45,
  };

  it("reads customer fields and derives the rest from the as-of date", () => {
    expect(inputValue("overdue_days_avg", customer, asOf, s)).toBe(45);
    expect(inputValue("first_purchase", customer, asOf, s)).toBe(asOf - 730);
    expect(inputValue("as_of", customer, asOf, s)).toBe(asOf);
    expect(inputValue("years_as_customer", customer, asOf, s)).toBe(2);
    expect(inputValue("months_as_customer", customer, asOf, s)).toBe(24);
    expect(inputValue("years_in_business", customer, asOf, s)).toBe(10);
    expect(inputValue("days_since_last_purchase", customer, asOf, s)).toBe(12);
    expect(inputValue("avg_monthly_sales", customer, asOf, s)).toBe(1000);
  });

  it("is null without the inputs and undefined for an unknown name", () => {
    const blank = blankCustomer("c2");
    expect(inputValue("years_as_customer", blank, asOf, s)).toBeNull();
    expect(inputValue("altman_z", blank, asOf, s)).toBeNull();
    expect(inputValue("revenue", blank, asOf, s)).toBeNull();
    expect(inputValue("nonsense", blank, asOf, s)).toBeUndefined();
  });
});
