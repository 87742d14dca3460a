import { rowList } from "./plan-rows";
import { dayFromIso } from "../day";
import { scoreWorkbook } from "../score-workbook";
import { DEFAULT_SETTINGS, type Settings } from "../settings";
import { simulatedPurchasesWorkbook } from "../models/clv/simulated-purchases.test-helper";
import { buildTiersSheet } from "./build-tiers-sheet";

const asOf = dayFromIso("2024-12-31")!;
const bgnbd: Settings = {
  ...DEFAULT_SETTINGS,
  tiers: { ...DEFAULT_SETTINGS.tiers, clv: { ...DEFAULT_SETTINGS.tiers.clv, model: "bgnbd" } },
};

describe("the Tiers sheet's predictive CLV columns", () => {
  it("are added after every other column when settings choose bgnbd, in both languages", () => {
    const run = scoreWorkbook(simulatedPurchasesWorkbook(), { asOf, settings: bgnbd })!;
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
    const [pAlive, purchases, spend, clv] = rowList(table.rows)[0].slice(19) as number[];
    expect(pAlive).toBe(run.predictiveClv!.pAlive[0]);
    expect(purchases).toBeGreaterThan(0);
    expect(spend).toBeGreaterThan(0);
    expect(clv).toBe(run.predictiveClv!.clv[0]);
    expect(buildTiersSheet(run, "zh-CN").tables[0].header[19]).toBe("存活概率");
  });

  it("are not there by default, and the deterministic CLV column is the same either way", () => {
    const plain = scoreWorkbook(simulatedPurchasesWorkbook(), {
      asOf,
      settings: DEFAULT_SETTINGS,
    })!;
    expect(plain.predictiveClv).toBeNull();
    const table = buildTiersSheet(plain, "en-US").tables[0];
    expect(table.header).toHaveLength(19);
    const chosen = buildTiersSheet(
      scoreWorkbook(simulatedPurchasesWorkbook(), { asOf, settings: bgnbd })!,
      "en-US"
    );
    expect(rowList(chosen.tables[0].rows).map((r) => r[17])).toEqual(
      rowList(table.rows).map((r) => r[17])
    );
  });
});
