import { dayFromIso } from "../day";
import { scoreWorkbook } from "../score-workbook";
import { DEFAULT_SETTINGS, type Settings } from "../settings";
import type { WorkbookData } from "../table/sheet";
import { buildTiersSheet } from "./build-tiers-sheet";

/** A reproducible uniform generator (mulberry32). */
function random(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** 60 customers' purchases through 2024, as BG/NBD and Gamma-Gamma tell it. */
function workbook(): WorkbookData {
  const next = random(9);
  const rows: (string | number)[][] = [["客户编号", "交易日期", "交易金额"]];
  for (let k = 0; k < 60; k++) {
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

const asOf = dayFromIso("2024-12-31")!;
const bgnbd: Settings = {
  ...DEFAULT_SETTINGS,
  tiers: { ...DEFAULT_SETTINGS.tiers, clv: { ...DEFAULT_SETTINGS.tiers.clv, model: "bgnbd" } },
};

describe("the Tiers sheet's predictive CLV columns", () => {
  it("are added after every other column when settings choose bgnbd, in both languages", () => {
    const run = scoreWorkbook(workbook(), { asOf, settings: bgnbd })!;
    expect(run.predictiveClv?.refusal).toBeNull();
    const sheet = buildTiersSheet(run, "en-US");
    const table = sheet.tables[0];
    expect(table.header.slice(19)).toEqual([
      "P(alive)",
      "Expected purchases (12 months)",
      "Expected spend",
      "Predictive CLV (12 months)",
    ]);
    expect(table.formats.slice(19)).toEqual(["0.0%", "0.00", "#,##0.00", "#,##0.00"]);
    expect(sheet.columnWidths).toHaveLength(23);
    const [pAlive, purchases, spend, clv] = table.rows[0].slice(19) as number[];
    expect(pAlive).toBe(run.predictiveClv!.pAlive[0]);
    expect(purchases).toBeGreaterThan(0);
    expect(spend).toBeGreaterThan(0);
    expect(clv).toBe(run.predictiveClv!.clv[0]);
    expect(buildTiersSheet(run, "zh-CN").tables[0].header[19]).toBe("存活概率");
  });

  it("are not there by default, and the deterministic CLV column is the same either way", () => {
    const plain = scoreWorkbook(workbook(), { asOf, settings: DEFAULT_SETTINGS })!;
    expect(plain.predictiveClv).toBeNull();
    const table = buildTiersSheet(plain, "en-US").tables[0];
    expect(table.header).toHaveLength(19);
    const chosen = buildTiersSheet(scoreWorkbook(workbook(), { asOf, settings: bgnbd })!, "en-US");
    expect(chosen.tables[0].rows.map((r) => r[17])).toEqual(table.rows.map((r) => r[17]));
  });
});
