import type { WorkbookData } from "../../table/sheet";

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
 * A workbook whose only sheet is a 交易明细 of `customers` customers C00.. buying through 2024 as
 * BG/NBD and Gamma-Gamma tell it (rates from Gamma(1, 20 days), dropout chances from Beta(1, 3),
 * spends around a mean of their own), for tests that score with tiers.clv.model = "bgnbd".
 */
export function simulatedPurchasesWorkbook(seed = 9, customers = 60): WorkbookData {
  const next = random(seed);
  const rows: (string | number)[][] = [["客户编号", "交易日期", "交易金额"]];
  for (let k = 0; k < customers; k++) {
    const rate = -Math.log(1 - next()) / 20;
    const dropout = 1 - Math.cbrt(1 - next());
    const spend = 10 + 100 * next() ** 2;
    let day = Math.floor(next() * 60);
    while (day < 330) {
      const date = new Date(Date.UTC(2024, 0, 1 + day)).toISOString().slice(0, 10);
      rows.push([`C${String(k).padStart(2, "0")}`, date, Math.round(spend * (0.7 + 0.6 * next()))]);
      if (next() < dropout) break;
      day += 1 + Math.floor(-Math.log(1 - next()) / rate);
    }
  }
  return { sheets: [{ name: "交易明细", rows, ragged: true }] };
}
