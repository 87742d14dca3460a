import type { Day } from "../../day";
import type { Customer } from "../customer";
import { hasNoPurchase, noPurchaseOf } from "./no-purchase";
import type { TierSettings } from "./tier-settings";

/** The settings of the deterministic formula (the predictive model's are in models/clv/). */
export type DeterministicClvSettings = Pick<
  TierSettings["clv"],
  "years" | "retention" | "discount" | "daysPerYear"
>;

export interface ClvResult {
  /** Lifetime value. */
  clv: number;
  /** Yearly value m = value / max(tenure years, 1). */
  yearlyValue: number;
  /** Tenure in years = (as-of - first purchase) / daysPerYear. */
  tenureYears: number;
  /** sum over t = 1..years of r^(t-1) / (1 + d)^t, so clv = yearlyValue x multiplier. */
  multiplier: number;
}

/**
 * Deterministic customer lifetime value (客户终生价值): m = value / max(tenure years, 1),
 * CLV = sum over t = 1..years of m r^(t-1) / (1 + d)^t. Null for prospects, without a value, or
 * without a first purchase (no tenure); a negative value gives a negative CLV.
 */
export function customerLifetimeValue(
  value: number | null,
  customer: Pick<Customer, "orders" | "first_purchase" | "last_purchase">,
  asOf: Day,
  settings: DeterministicClvSettings
): ClvResult | null {
  const { orders, first_purchase, last_purchase } = customer;
  if (value === null || hasNoPurchase(customer) || first_purchase === null) return null;
  const tenureYears = (asOf - first_purchase) / settings.daysPerYear;
  const yearlyValue = value / Math.max(tenureYears, 1);
  const multiplier = multiplierOf(settings);
  const clv = clvOf(value, orders ?? NaN, first_purchase, last_purchase ?? NaN, asOf, settings);
  return { clv, yearlyValue, tenureYears, multiplier };
}

/** The lifetime value alone on figures with NaN for empty (a column's form); NaN when none. */
export function clvOf(
  value: number,
  orders: number,
  firstPurchase: number,
  lastPurchase: number,
  asOf: Day,
  settings: DeterministicClvSettings
): number {
  if (Number.isNaN(value) || noPurchaseOf(orders, lastPurchase) || Number.isNaN(firstPurchase))
    return NaN;
  const tenureYears = (asOf - firstPurchase) / settings.daysPerYear;
  return (value / Math.max(tenureYears, 1)) * multiplierOf(settings);
}

const cache = { years: NaN, retention: NaN, discount: NaN, multiplier: 0 };

/** The multiplier depends on three settings only; a million customers share one computation. */
function multiplierOf({ years, retention, discount }: DeterministicClvSettings): number {
  if (cache.years === years && cache.retention === retention && cache.discount === discount)
    return cache.multiplier;
  let multiplier = 0;
  for (let t = 1; t <= years; t++) multiplier += retention ** (t - 1) / (1 + discount) ** t;
  Object.assign(cache, { years, retention, discount, multiplier });
  return multiplier;
}
