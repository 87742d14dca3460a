import { DEFAULT_CREDIT_SETTINGS } from "../credit-settings";
import { blankCustomer, day } from "../test-customers";
import { EXPRESSION_NAMES } from "./expression-names";
import { inputReader } from "./input-reader";

describe("inputReader", () => {
  const asOf = day("2024-12-31");
  const s = DEFAULT_CREDIT_SETTINGS;

  it("has a reader for every name an expression may read, and none for others", () => {
    for (const name of EXPRESSION_NAMES) expect(inputReader(name, s)).toBeInstanceOf(Function);
    expect(inputReader("nonsense", s)).toBeUndefined();
    expect(inputReader("industry_risk", s)).toBeUndefined();
  });

  it("reads the customer it is given, so one reader serves a whole sheet", () => {
    const read = inputReader("years_as_customer", s)!;
    const first = { ...blankCustomer("c1"), first_purchase: asOf - 730 };
    const second = { ...blankCustomer("c2"), first_purchase: asOf - 365 };
    expect([read(first, asOf), read(second, asOf), read(blankCustomer("c3"), asOf)]).toEqual([
      2,
      1,
      null,
    ]);
  });

  it("reads the settings when it runs, as the settings are then", () => {
    const settings = { ...s, minMonthsForAverageSales: 1 };
    const read = inputReader("avg_monthly_sales", settings)!;
    const customer = { ...blankCustomer("c1"), first_purchase: asOf - 365, sales_amount: 1200 };
    expect(read(customer, asOf)).toBe(100);
    settings.minMonthsForAverageSales = 24;
    expect(read(customer, asOf)).toBe(50);
  });
});
