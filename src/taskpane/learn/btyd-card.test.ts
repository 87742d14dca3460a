import { dayFromIso } from "../../engine/day";
import { simulatedPurchasesWorkbook } from "../../engine/models/clv/simulated-purchases.test-helper";
import { scoreWorkbook } from "../../engine/score-workbook";
import { DEFAULT_SETTINGS, type Settings } from "../../engine/settings";
import { contrastingPair } from "./btyd-card";
import { learnCards } from "./learn-cards";
import { eachScoredCustomer } from "../../engine/scored-customers";

const asOf = dayFromIso("2024-12-31")!;
const bgnbd: Settings = {
  ...DEFAULT_SETTINGS,
  tiers: { ...DEFAULT_SETTINGS.tiers, clv: { ...DEFAULT_SETTINGS.tiers.clv, model: "bgnbd" } },
};

describe("contrastingPair", () => {
  it("takes two customers with the same repeat purchases whose P(alive) differ most", () => {
    const x = Float64Array.from([0, 2, 2, 3, 3, 2]);
    const p = Float64Array.from([1, 0.9, 0.5, 0.95, 0.1, NaN]);
    expect(contrastingPair(x, p)).toEqual({ recent: 3, quiet: 4 });
  });

  it("leaves out one-off buyers (P(alive) 1 by the model's rule) and needs a difference", () => {
    expect(contrastingPair(Float64Array.from([0, 0]), Float64Array.from([1, 1]))).toBeNull();
    expect(contrastingPair(Float64Array.from([2, 2]), Float64Array.from([0.4, 0.4]))).toBeNull();
  });
});

describe("the buy-till-you-die card", () => {
  const run = scoreWorkbook(simulatedPurchasesWorkbook(), { asOf, settings: bgnbd })!;

  it("shows two of the class's customers with the same purchases, the recent one more alive", () => {
    const card = learnCards(run, null, "en-US").find((c) => c.id === "btyd")!;
    expect(card.title).toBe("Buy till you die (BG/NBD)");
    const [recent, quiet] = card.table!.rows;
    // Same number of purchases, the quiet one silent for longer, and less likely alive.
    expect(recent.numbers![0]).toBe(quiet.numbers![0]);
    expect(quiet.numbers![2]).toBeGreaterThan(recent.numbers![2]);
    expect(recent.numbers![3]).toBeGreaterThan(quiet.numbers![3]);
    expect(card.table!.columns).toEqual([
      "Purchases",
      "Since the first purchase (weeks)",
      "Since the last purchase (weeks)",
      "P(alive)",
    ]);
    expect(card.figures.map((f) => f.number)).toEqual([recent.numbers![3], quiet.numbers![3]]);
    const i = [...eachScoredCustomer(run)].findIndex((c) =>
      recent.label.startsWith(c.customer.customer_id)
    );
    expect(recent.numbers![3]).toBe(run.predictiveClv!.pAlive[i]);
    expect(card.formula).toMatch(/r = 0\.\d+, alpha = [\d.]+, a = [\d.]+, b = [\d.]+$/);
    expect(card.showMe).not.toBeNull();
  });

  it("speaks zh-CN, and is absent without the bgnbd model", () => {
    const zh = learnCards(run, null, "zh-CN").find((c) => c.id === "btyd")!;
    expect(zh.table!.columns[2]).toBe("距最近一次购买（周）");
    const plain = scoreWorkbook(simulatedPurchasesWorkbook(), {
      asOf,
      settings: DEFAULT_SETTINGS,
    })!;
    expect(learnCards(plain, null, "en-US").map((c) => c.id)).not.toContain("btyd");
  });
});
