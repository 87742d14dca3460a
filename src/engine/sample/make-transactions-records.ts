import type { Day } from "../day";
import type { SampleRecord } from "./make-enterprise-records";
import { LOSS_SHARE } from "./purchase-history";
import type { Random } from "./random";
import { cents, dateOfDay } from "./sample-values";

const YEAR = 365;

/**
 * `count` transactions (order_id unique, numbered in date order) spread over the given buyers'
 * customer ids: every buyer has at least one, and a few big buyers have most of them.
 */
export function makeTransactionRecords(
  rng: Random,
  buyerIds: readonly string[],
  count: number,
  asOf: Day
): SampleRecord[] {
  if (buyerIds.length === 0 || count <= 0) return [];
  const weights = buyerIds.map(() => rng.lognormal(0, 1.35));
  const total = weights.reduce((a, b) => a + b, 0);
  const spare = Math.max(0, count - buyerIds.length);
  const perBuyer = weights.map((w) => 1 + Math.floor((spare * w) / total));
  // Rounding down leaves a few orders over: give them to buyers in turn.
  for (let left = count - perBuyer.reduce((a, b) => a + b, 0), i = 0; left > 0; left--, i++)
    perBuyer[i % perBuyer.length]++;
  const rows: { id: string; day: Day; amount: number; profit: number; quantity: number }[] = [];
  buyerIds.forEach((id, b) => {
    const n = Math.min(perBuyer[b], count - rows.length);
    const first = asOf - rng.int(30, 5 * YEAR);
    const typical = rng.lognormal(Math.log(3_000), 0.8);
    const margin = rng.chance(LOSS_SHARE) ? rng.uniform(-0.2, -0.02) : rng.uniform(0.05, 0.35);
    for (let k = 0; k < n; k++) {
      const amount = cents(typical * rng.lognormal(0, 0.5));
      rows.push({
        id,
        day: k === 0 ? first : rng.int(first, asOf),
        amount,
        profit: cents(amount * margin),
        quantity: 1 + rng.poisson(3),
      });
    }
  });
  rows.sort((a, b) => a.day - b.day || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const width = Math.max(6, String(rows.length).length);
  return rows.map((row, i) => ({
    customer_id: row.id,
    order_id: `SO${String(i + 1).padStart(width, "0")}`,
    order_date: dateOfDay(row.day),
    amount: row.amount,
    profit: row.profit,
    quantity: row.quantity,
  }));
}
