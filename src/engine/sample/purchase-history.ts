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
/** Share of buyers who lose money: a business has a few, not most (issue 16). */
export const LOSS_SHARE = 0.06;
/** Share of repeat buyers who have let their own buying rhythm lapse (churn alert candidates). */
const LAPSED_SHARE = 0.2;

/**
 * The last purchase such that recency = `gapsLate` x the customer's own average gap: with tenure T
 * split as span S plus recency R, R = k S / (n - 1) gives S = T / (1 + k / (n - 1)).
 */
export function lastPurchaseDay(first: Day, asOf: Day, orders: number, gapsLate: number): Day {
  if (orders < 2) return first;
  return first + Math.round((asOf - first) / (1 + gapsLate / (orders - 1)));
}

/**
 * One customer's purchases up to asOf. Sales are lognormal (scale `typicalSales`, sigma `spread`), so
 * a fifth of the customers hold about 80% of the profit; margins run 5-35%, with about 7.5%
 * loss-makers. Most buyers last bought within 1.8 of their own average gaps; about 15% are further
 * behind, so churn alerts stay a minority as in a going business. Returns and discounts stay under
 * 9% of sales. A prospect has no purchase: orders 0, no dates, sales 0. Dates never precede `earliest`.
 */
export function purchaseHistory(
  rng: Random,
  asOf: Day,
  earliest: Day,
  typicalSales: number,
  prospect: boolean,
  spread = 1.3
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
  const size = rng.lognormal(0, spread);
  const orders = 1 + rng.poisson(2 + 4 * Math.sqrt(size));
  const sales = cents(typicalSales * size);
  const margin = rng.chance(LOSS_SHARE) ? rng.uniform(-0.2, -0.02) : rng.uniform(0.05, 0.35);
  const start = Math.max(earliest, asOf - 6 * YEAR);
  const first = rng.int(Math.min(start, asOf - 30), asOf - 30);
  const gapsLate = rng.chance(LAPSED_SHARE) ? rng.uniform(2.3, 5) : rng.uniform(0, 1.8);
  const last = lastPurchaseDay(first, asOf, orders, gapsLate);
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
