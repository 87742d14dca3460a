import { dayFromIso } from "../../day";
import { simulatedPurchasesWorkbook } from "../../models/clv/simulated-purchases.test-helper";
import { scoreWorkbook } from "../../score-workbook";
import { DEFAULT_SETTINGS, type Settings } from "../../settings";
import { explainCustomerTiers } from "./explain-customer-tiers";
import { pAliveInput } from "./p-alive-input";
import { eachScoredCustomer, scoredCount, scoredCustomerAt } from "../../scored-customers";

const asOf = dayFromIso("2024-12-31")!;
const clv = { ...DEFAULT_SETTINGS.tiers.clv, model: "bgnbd" as const };
const settings = (churnAlert = DEFAULT_SETTINGS.tiers.churnAlert): Settings => ({
  ...DEFAULT_SETTINGS,
  tiers: { ...DEFAULT_SETTINGS.tiers, clv, churnAlert },
});

describe("Why? on P(alive) for a scored customer", () => {
  const run = scoreWorkbook(simulatedPurchasesWorkbook(), { asOf, settings: settings() })!;
  const repeat = [...eachScoredCustomer(run)].findIndex(
    (_, i) => run.predictiveClv!.repeatPurchases[i] >= 2
  );

  it("takes the customer's P(alive), x, t_x and T from the run", () => {
    const input = pAliveInput(run, repeat)!;
    expect(input.pAlive).toBe(run.predictiveClv!.pAlive[repeat]);
    expect(input.repeatPurchases).toBeGreaterThanOrEqual(2);
    expect(input.age).toBeGreaterThanOrEqual(input.recency);
    expect(input.unit).toBe("weeks");
  });

  it("adds the P(alive) sentence to the customer's tier explanations", () => {
    const c = scoredCustomerAt(run, repeat);
    const why = explainCustomerTiers(
      c.tiers,
      c.customer,
      run.tiers,
      run.settings.tiers,
      undefined,
      pAliveInput(run, repeat)
    );
    const purchases = run.predictiveClv!.repeatPurchases[repeat] + 1;
    expect(why.pAlive!["en-US"]).toMatch(
      new RegExp(
        `^Bought ${purchases} times in \\d+ weeks, last \\d+ weeks ago: .*\\(P\\(alive\\) 0\\.\\d\\d\\)\\.$`
      )
    );
    // The gap rule still explains the churn alert by default.
    expect(why.churnAlert["en-US"]).toContain("average gap");
  });

  it("explains the churn alert by P(alive) under rule p-alive", () => {
    const p = scoreWorkbook(simulatedPurchasesWorkbook(), {
      asOf,
      settings: settings({ ...DEFAULT_SETTINGS.tiers.churnAlert, rule: "p-alive" }),
    })!;
    const c = scoredCustomerAt(p, repeat);
    const why = explainCustomerTiers(
      c.tiers,
      c.customer,
      p.tiers,
      p.settings.tiers,
      undefined,
      pAliveInput(p, repeat)
    );
    expect(why.churnAlert["en-US"]).toMatch(
      c.tiers.churnAlert
        ? /^Churn alert: P\(alive\) .* is below 0\.3/
        : /^No churn alert: P\(alive\) .* is not below 0\.3/
    );
  });

  it("is null by default and without a P(alive)", () => {
    const plain = scoreWorkbook(simulatedPurchasesWorkbook(), {
      asOf,
      settings: DEFAULT_SETTINGS,
    })!;
    expect(pAliveInput(plain, 0)).toBeNull();
    expect(pAliveInput(run, scoredCount(run))).toBeNull();
    const c = scoredCustomerAt(plain, 0);
    expect(
      explainCustomerTiers(c.tiers, c.customer, plain.tiers, plain.settings.tiers).pAlive
    ).toBeUndefined();
  });
});
