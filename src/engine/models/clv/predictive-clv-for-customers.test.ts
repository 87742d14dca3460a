import { dayFromIso } from "../../day";
import { readTable } from "../../table/read-table";
import { TRANSACTIONS_TEMPLATE } from "../../template/transactions";
import { DEFAULT_TIER_SETTINGS } from "../tiers/tier-settings";
import { predictiveClvForCustomers } from "./predictive-clv-for-customers";

const SETTINGS = { ...DEFAULT_TIER_SETTINGS.clv, model: "bgnbd" as const };

/** A reproducible uniform generator (mulberry32). */
function random(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * 60 customers C00..C59 buying through 2024 as BG/NBD tells it (rates from Gamma(1, 20 days),
 * dropout chances from Beta(1, 3), spends around a mean of their own), and LATE, who first bought after the as-of date.
 */
function table() {
  const next = random(5);
  const rows: (string | number)[][] = [["客户编号", "交易日期", "交易金额"]];
  for (let k = 0; k < 60; k++) {
    const rate = -Math.log(1 - next()) / 20;
    const dropout = 1 - Math.cbrt(1 - next());
    const spend = 10 + 100 * next() ** 2;
    for (
      let day = Math.floor(next() * 60);
      day < 270;
      day += 1 + Math.floor(-Math.log(1 - next()) / rate)
    ) {
      const date = new Date(Date.UTC(2024, 0, 1 + day)).toISOString().slice(0, 10);
      rows.push([`C${String(k).padStart(2, "0")}`, date, Math.round(spend * (0.7 + 0.6 * next()))]);
      if (next() < dropout) break;
    }
  }
  rows.push(["LATE", "2024-12-20", 50]);
  return readTable({ name: "交易明细", rows, ragged: true }, TRANSACTIONS_TEMPLATE);
}

describe("predictiveClvForCustomers", () => {
  const asOf = dayFromIso("2024-09-30")!;

  it("gives each scored customer, by id, the predictions of their purchases up to the as-of date", () => {
    const ids = ["C03", "NOBODY", "LATE", "C00", null];
    const r = predictiveClvForCustomers(table(), ids, asOf, SETTINGS);
    expect(r.refusal).toBeNull();
    expect(r.models?.bgnbd.ok).toBe(true);
    expect(r.pAlive[0]).toBeGreaterThan(0);
    expect(r.pAlive[0]).toBeLessThanOrEqual(1);
    expect(r.expectedPurchases[0]).toBeGreaterThan(0);
    // Discounted, so a little below purchases x spend.
    expect(r.clv[0]).toBeGreaterThan(0.9 * r.expectedSpend[0] * r.expectedPurchases[0]);
    expect(r.clv[0]).toBeLessThan(r.expectedSpend[0] * r.expectedPurchases[0]);
    // Unknown ids, a customer who first bought after the as-of date, and rows without an id: none.
    for (const i of [1, 2, 4]) expect(r.pAlive[i]).toBeNaN();
    expect(r.pAlive[3]).toBeGreaterThan(0);
    expect(r.summary?.x).toHaveLength(60);
  });

  it("keeps each customer's x, t_x and T in weeks, which P(alive) rests on", () => {
    const rows = [
      ["客户编号", "交易日期", "交易金额"],
      ["A", "2024-01-01", 10],
      ["A", "2024-01-15", 10],
      ["A", "2024-03-11", 10],
      ["B", "2024-06-03", 10],
    ];
    const tx = readTable({ name: "交易明细", rows, ragged: true }, TRANSACTIONS_TEMPLATE);
    const r = predictiveClvForCustomers(tx, ["B", "A", "Z"], dayFromIso("2024-06-03")!, SETTINGS);
    expect([r.repeatPurchases[1], r.recency[1], r.age[1]]).toEqual([2, 10, 22]);
    expect([r.repeatPurchases[0], r.recency[0], r.age[0]]).toEqual([0, 0, 0]);
    expect(r.age[2]).toBeNaN();
  });

  it("refuses without purchases", () => {
    const r = predictiveClvForCustomers(null, ["C1"], asOf, SETTINGS);
    expect(r.refusal).toEqual({ code: "no-purchases" });
    expect(r.pAlive[0]).toBeNaN();
  });
});
