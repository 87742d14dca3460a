import type { Customer } from "../customer";
import { averageMonthlySales } from "./average-monthly-sales";
import { blankCustomer } from "./test-customers";

const with_ = (patch: Partial<Customer>): Customer => ({ ...blankCustomer("c1"), ...patch });

describe("averageMonthlySales", () => {
  it("divides sales by months = days x 12 / 365", () => {
    // 730 days = 24 months exactly.
    expect(
      averageMonthlySales(with_({ sales_amount: 48_000, first_purchase: 1000 }), 1730, 1)
    ).toBe(2000);
    // 365 / 2 days = 6 months.
    expect(
      averageMonthlySales(with_({ sales_amount: 600, first_purchase: 0 }), 182.5, 1)
    ).toBeCloseTo(100, 9);
  });

  it("divides by at least one month", () => {
    expect(averageMonthlySales(with_({ sales_amount: 900, first_purchase: 100 }), 110, 1)).toBe(
      900
    );
    expect(averageMonthlySales(with_({ sales_amount: 900, first_purchase: 100 }), 100, 1)).toBe(
      900
    );
    expect(averageMonthlySales(with_({ sales_amount: 900, first_purchase: 200 }), 100, 1)).toBe(
      900
    );
    expect(averageMonthlySales(with_({ sales_amount: 900, first_purchase: 100 }), 110, 3)).toBe(
      300
    );
  });

  it("is null without sales or without a first purchase", () => {
    expect(averageMonthlySales(with_({ first_purchase: 100 }), 500, 1)).toBeNull();
    expect(averageMonthlySales(with_({ sales_amount: 900 }), 500, 1)).toBeNull();
  });
});
