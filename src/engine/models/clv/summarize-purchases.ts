import type { Day } from "../../day";
import type { PurchaseSummary } from "./clv-types";

/** Purchases as columns: purchase i is customer[i]'s, on day[i], for amount[i] (NaN when unknown). */
export interface PurchaseColumns {
  /** Index of the purchase's customer, 0 .. customers - 1. */
  customer: Int32Array;
  day: Int32Array;
  /** Null when the purchases carry no amount at all. */
  amount: Float64Array | null;
  customers: number;
}

export type TimeUnit = "weeks" | "days";

export interface SummarizedPurchases {
  summary: PurchaseSummary;
  /** For each summary row, the index of its customer in the purchase columns. */
  customerIndex: Int32Array;
  /** Purchases after the as-of date, left out. */
  purchasesLeftOut: number;
  /** Customers whose first purchase is after the as-of date, left out. */
  customersLeftOut: number;
}

const DAYS_PER = { weeks: 7, days: 1 } as const;

/**
 * Each customer's (x, t_x, T) and mean repeat spend from their purchases up to and including asOf, as
 * lifetimes' summary_data_from_transaction_data takes them: purchases on one day are one purchase
 * (their amounts added up); x = purchase days - 1; t_x = last day - first day; T = asOf - first day,
 * in weeks (days / 7) or days; spend = the mean amount of the purchase days after the first (0 when
 * x = 0, NaN when one of them has no amount). Rows follow the customers' indexes.
 */
export function summarizePurchases(
  purchases: PurchaseColumns,
  options: { asOf: Day; unit: TimeUnit }
): SummarizedPurchases {
  const { customer, day, amount, customers } = purchases;
  const { asOf } = options;
  const per = DAYS_PER[options.unit];
  // Counting sort by customer, then each customer's purchases by day.
  const start = new Int32Array(customers + 1);
  let purchasesLeftOut = 0;
  for (let i = 0; i < customer.length; i++) {
    if (day[i] > asOf) purchasesLeftOut++;
    else start[customer[i] + 1]++;
  }
  for (let c = 0; c < customers; c++) start[c + 1] += start[c];
  const order = new Int32Array(start[customers]);
  const fill = start.slice(0, customers);
  for (let i = 0; i < customer.length; i++) if (day[i] <= asOf) order[fill[customer[i]]++] = i;

  const x: number[] = [];
  const tx: number[] = [];
  const T: number[] = [];
  const spend: number[] = [];
  const index: number[] = [];
  for (let c = 0; c < customers; c++) {
    const from = start[c];
    const to = start[c + 1];
    if (from === to) continue;
    const group = order.subarray(from, to);
    sortByDay(group, day);
    const first = day[group[0]];
    let last = first;
    let days = 1;
    let repeatTotal = 0;
    for (let k = 1; k < group.length; k++) {
      const d = day[group[k]];
      if (d !== last) {
        days++;
        last = d;
      }
      if (d !== first && amount) repeatTotal += amount[group[k]];
    }
    index.push(c);
    x.push(days - 1);
    tx.push((last - first) / per);
    T.push((asOf - first) / per);
    spend.push(days > 1 ? repeatTotal / (days - 1) : 0);
  }
  return {
    summary: {
      x: Float64Array.from(x),
      tx: Float64Array.from(tx),
      T: Float64Array.from(T),
      spend: amount ? Float64Array.from(spend) : null,
    },
    customerIndex: Int32Array.from(index),
    purchasesLeftOut,
    customersLeftOut: customers - index.length,
  };
}

/**
 * Sorts a customer's purchase indexes by day, in place: by insertion for the few purchases most
 * customers have (and that usually come in date order already), without a copy per customer.
 */
function sortByDay(group: Int32Array, day: Int32Array): void {
  if (group.length > 64) {
    group.set(Array.from(group).sort((i, j) => day[i] - day[j]));
    return;
  }
  for (let k = 1; k < group.length; k++) {
    const index = group[k];
    let at = k - 1;
    while (at >= 0 && day[group[at]] > day[index]) {
      group[at + 1] = group[at];
      at--;
    }
    group[at + 1] = index;
  }
}
