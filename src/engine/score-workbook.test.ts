import { recordsOf } from "./table/records.test-helper";
import { dayFromIso } from "./day";
import { simulatedPurchasesWorkbook } from "./models/clv/simulated-purchases.test-helper";
import { makeSample } from "./sample/make-sample";
import { SCORE_STAGES, scoreWorkbook } from "./score-workbook";
import { DEFAULT_SETTINGS } from "./settings";
import type { WorkbookData } from "./table/sheet";
import { eachScoredCustomer, scoredCount } from "./scored-customers";

const asOf = dayFromIso("2026-11-01")!;

describe("scoreWorkbook", () => {
  it("joins a 交易明细 sheet to its 客户档案 and scores the customer sheet's customers", () => {
    const { workbook } = makeSample({ kind: "transactions", rows: 400, seed: 5, asOf });
    const run = scoreWorkbook(workbook, { asOf, settings: DEFAULT_SETTINGS })!;
    expect(run.template.id).toBe("enterprise");
    expect(run.sheet.name).toBe("客户档案");
    expect(run.transactions?.sheet.name).toBe("交易明细");
    expect(scoredCount(run)).toBe(run.validation.rows);
    const buyers = [...eachScoredCustomer(run)].filter((c) => (c.customer.orders ?? 0) > 0);
    expect(buyers.length).toBeGreaterThan(0);
    // Orders come from the transactions: their count per customer adds up to the transactions' rows.
    const orders = buyers.reduce((sum, c) => sum + (c.customer.orders ?? 0), 0);
    expect(orders).toBe(run.transactions!.validation.rows);
  });

  it("reads a transactions-only sheet as customers by aggregation", () => {
    const workbook: WorkbookData = {
      sheets: [
        {
          name: "orders",
          rows: [
            ["customer_id", "order_id", "order_date", "amount", "profit"],
            ["C1", "O1", "2026-01-05", 100, 20],
            ["C1", "O2", "2026-03-05", 50, 10],
            ["C2", "O3", "2026-02-01", 500, 40],
          ],
        },
      ],
    };
    const run = scoreWorkbook(workbook, { asOf, settings: DEFAULT_SETTINGS })!;
    expect(run.template.id).toBe("transactions");
    expect(
      [...eachScoredCustomer(run)].map((c) => [
        c.customer.customer_id,
        c.customer.orders,
        c.tiers.value,
      ])
    ).toEqual([
      ["C1", 2, 30],
      ["C2", 1, 40],
    ]);
    expect(run.tiers.valueMeasure).toBe("gross_profit");
  });

  it("scores every row with a customer_id, errors or not, and counts grades and lights", () => {
    const { workbook } = makeSample({ kind: "enterprise", rows: 120, seed: 9, asOf, messy: true });
    const run = scoreWorkbook(workbook, { asOf, settings: DEFAULT_SETTINGS })!;
    expect(run.validation.stats.errors).toBeGreaterThan(0);
    const withId = recordsOf(run.table).filter((r) => r.cells.customer_id?.value != null);
    expect(scoredCount(run)).toBe(withId.length);
    const graded = Object.values(run.credit.grades).reduce((a, b) => a + b, 0);
    expect(graded).toBe(scoredCount(run));
    const lit = Object.values(run.credit.lights).reduce((a, b) => a + b, 0);
    expect(lit).toBe(scoredCount(run));
  });

  it("is null when the named sheet does not exist", () => {
    const { workbook } = makeSample({ kind: "enterprise", rows: 5, seed: 1, asOf });
    expect(
      scoreWorkbook(workbook, { asOf, settings: DEFAULT_SETTINGS, sheetName: "nope" })
    ).toBeNull();
  });

  it("alerts by the fitted P(alive) with churn rule p-alive; the default keeps the 2x-gap rule", () => {
    const workbook = simulatedPurchasesWorkbook();
    const asOf = dayFromIso("2024-12-31")!;
    const clv = { ...DEFAULT_SETTINGS.tiers.clv, model: "bgnbd" as const };
    const gapRun = scoreWorkbook(workbook, {
      asOf,
      settings: { ...DEFAULT_SETTINGS, tiers: { ...DEFAULT_SETTINGS.tiers, clv } },
    })!;
    const churnAlert = { ...DEFAULT_SETTINGS.tiers.churnAlert, rule: "p-alive" as const };
    const run = scoreWorkbook(workbook, {
      asOf,
      settings: { ...DEFAULT_SETTINGS, tiers: { ...DEFAULT_SETTINGS.tiers, clv, churnAlert } },
    })!;
    const p = run.predictiveClv!.pAlive;
    expect([...eachScoredCustomer(run)].map((c) => c.tiers.churnAlert)).toEqual(
      Array.from(p, (v) => v < 0.3)
    );
    // The two rules disagree on some customers of this file, so the choice matters.
    const gap = [...eachScoredCustomer(gapRun)].map((c) => c.tiers.churnAlert);
    expect(gap).not.toEqual([...eachScoredCustomer(run)].map((c) => c.tiers.churnAlert));
    const plain = scoreWorkbook(workbook, { asOf, settings: DEFAULT_SETTINGS })!;
    expect([...eachScoredCustomer(plain)].map((c) => c.tiers.churnAlert)).toEqual(gap);
  });
});

describe("scoreWorkbook reports its stages", () => {
  it("names each stage as it starts, in SCORE_STAGES order", () => {
    const asOf = dayFromIso("2026-11-01")!;
    const { workbook } = makeSample({ kind: "enterprise", rows: 20, seed: 3, asOf });
    const heard: string[] = [];
    scoreWorkbook(workbook, { asOf, settings: DEFAULT_SETTINGS, onStage: (s) => heard.push(s) });
    expect(heard).toEqual([...SCORE_STAGES]);
  });
});
