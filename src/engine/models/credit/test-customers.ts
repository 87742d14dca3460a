import { dayFromIso } from "../../day";
import type { Day } from "../../day";
import type { Customer } from "../customer";
import { emptyCustomer } from "../empty-customer";

/** Test helper: a customer with every field empty. */
export function blankCustomer(id: string): Customer {
  return emptyCustomer(id, 2);
}

/** Test helper: a Day from "YYYY-MM-DD". */
export function day(iso: string): Day {
  const d = dayFromIso(iso);
  if (d === null) throw new Error(`bad date ${iso}`);
  return d;
}

/**
 * Test helper: a customer with every 5C indicator's data. Points on the default curves, by hand:
 * character: overdue 45 days -> 45, 1 late payment -> 80, 3 years a customer -> 80,
 *   returns (300 + 200) / 10,000 = 0.05 -> 80; mean 71.25
 * capacity: current ratio 150 / 100 = 1.5 -> 80, net margin 5 / 100 = 0.05 -> 75, growth 0 -> 60;
 *   mean 71.6667
 * capital: debt ratio 60 / 100 = 0.6 -> 70, registered capital 100 -> 60; mean 65
 * collateral: 50 / 100 = 0.5 -> 60
 * conditions: industry risk 中 -> 60, 5 years in business -> 80; mean 70
 * score = (30 x 71.25 + 25 x 71.6667 + 20 x 65 + 15 x 60 + 10 x 70) / 100 = 68.291667 (BBB)
 */
export function fullCustomer(asOf: Day): Customer {
  return {
    ...blankCustomer("full"),
    overdue_days_avg: 45,
    overdue_count: 1,
    first_purchase: asOf - 1095,
    returns_amount: 300,
    discount_amount: 200,
    sales_amount: 10_000,
    current_assets: 150,
    current_liabilities: 100,
    net_profit: 5,
    revenue: 100,
    revenue_prev: 100,
    total_liabilities: 60,
    total_assets: 100,
    registered_capital: 100,
    collateral_value: 50,
    credit_limit: 100,
    industry_risk: "中",
    founded: asOf - 1825,
  };
}

/**
 * Test helper: customers that give different credit results: every 5C figure, more overdue and a
 * high industry risk, some figures missing, a loss, and nothing at all.
 */
export function variedCustomers(asOf: Day): Customer[] {
  const full = fullCustomer(asOf);
  return [
    full,
    { ...full, customer_id: "C2", overdue_days_avg: 200, overdue_count: 9, industry_risk: "高" },
    { ...full, customer_id: "C3", total_liabilities: null, collateral_value: null, revenue: null },
    { ...full, customer_id: "C4", current_assets: 10, net_profit: -50 },
    blankCustomer("C5"),
  ];
}
