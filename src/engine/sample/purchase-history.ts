import type { Day } from "../day";
import type { Random } from "./random";
import { cents } from "./sample-values";

export interface PurchaseHistory {
  first: Day | null;
  last: Day | null;
  orders: number;
  sales: number;
  grossProfit: number;
  serviceCost: number;
  returns: number;
  discounts: number;
  complaints: number;
}

const YEAR = 365;

/**
 * One customer's purchases up to asOf. Sales are lognormal (scale `typicalSales`, sigma 1.4), so a
 * fifth of the customers hold most of the profit; margins run 5-35%, with about 4% loss-makers.
 * A prospect has no purchase: orders 0, no dates, sales 0. Dates never precede `earliest`.
 */
export function purchaseHistory(
  rng: Random,
  asOf: Day,
  earliest: Day,
  typicalSales: number,
  prospect: boolean
): PurchaseHistory {
  if (prospect) {
    return {
      first: null,
      last: null,
      orders: 0,
      sales: 0,
      grossProfit: 0,
      serviceCost: 0,
      returns: 0,
      discounts: 0,
      complaints: 0,
    };
  }
  const size = rng.lognormal(0, 1.4);
  const orders = 1 + rng.poisson(2 + 4 * Math.sqrt(size));
  const sales = cents(typicalSales * size);
  const margin = rng.chance(0.04) ? rng.uniform(-0.2, -0.02) : rng.uniform(0.05, 0.35);
  const start = Math.max(earliest, asOf - 6 * YEAR);
  const first = rng.int(Math.min(start, asOf - 30), asOf - 30);
  // Most customers bought recently; a tail has lapsed, which churn models should find.
  const last =
    orders === 1
      ? first
      : Math.min(asOf, first + Math.round((asOf - first) * Math.sqrt(rng.next())));
  return {
    first,
    last,
    orders,
    sales,
    grossProfit: cents(sales * margin),
    serviceCost: cents(sales * rng.uniform(0.01, 0.06) + orders * rng.uniform(50, 300)),
    returns: rng.chance(0.4) ? cents(sales * rng.uniform(0, 0.04)) : 0,
    discounts: rng.chance(0.5) ? cents(sales * rng.uniform(0, 0.05)) : 0,
    complaints: rng.poisson(0.4 + orders / 40),
  };
}
