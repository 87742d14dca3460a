import type { Customer } from "../customer";
import { emptyCustomer } from "../empty-customer";
import { scoreTiers } from "./score-tiers";
import { DEFAULT_TIER_SETTINGS } from "./tier-settings";

const AS_OF = 20_000;
const FIELDS = [
  "customer_id",
  "orders",
  "first_purchase",
  "last_purchase",
  "sales_amount",
  "gross_profit",
  "influence",
  "region",
];

/** A buyer: first and last purchase as days before the as-of date. */
function buyer(
  id: string,
  profit: number | null,
  orders: number,
  firstAgo: number,
  lastAgo: number,
  sales = 1_000
): Customer {
  return {
    ...emptyCustomer(id, 2),
    orders,
    first_purchase: AS_OF - firstAgo,
    last_purchase: AS_OF - lastAgo,
    sales_amount: sales,
    gross_profit: profit,
  };
}

describe("scoreTiers", () => {
  it("scores every model for a small file and shares one ranking", () => {
    const customers = Array.from({ length: 10 }, (_, i) =>
      buyer(`C${i}`, (10 - i) * 100, 10 - i, 400 + i, 5 + 20 * i, (10 - i) * 1_000)
    );
    customers[0].influence = 5;
    customers[9].influence = 4;
    const { customers: rows, summary } = scoreTiers(customers, FIELDS, AS_OF);
    expect(summary.valueMeasure).toBe("gross_profit");
    expect(summary.totals).toMatchObject({
      customers: 10,
      ranked: 10,
      rankedBuyers: 10,
      prospects: 0,
      totalValue: 5_500,
    });
    // Values 1000..100, total 5500: cumulative before the 6th is 4000 < 4400 (80%) -> A; before the
    // 7th 4500 -> B; before the 9th 5200 < 5225 (95%) -> B; before the 10th 5400 -> C.
    expect(rows.map((r) => r.abc).join("")).toBe("AAAAAABBBC");
    expect(rows[0]).toMatchObject({
      rank: 1,
      buyerRank: 1,
      pyramid: "VIP",
      value: 1000,
      lossMaking: false,
    });
    expect(rows[1].pyramid).toBe("Ordinary"); // N = 10: cut-offs 1, 1, 2
    expect(rows[2].pyramid).toBe("Small");
    expect(rows[0].key).toEqual({ highValue: true, influential: true, kind: "both" });
    expect(rows[1].key.kind).toBe("high-value");
    expect(rows[9].key.kind).toBe("influential");
    expect(summary.keyCustomers).toEqual({
      highValueCutoff: 2,
      highValue: 2,
      influential: 2,
      both: 1,
    });
    // Orders 1..10, type 7: h = 9p -> 1 + 1.8, 1 + 3.6, 1 + 5.4, 1 + 7.2.
    [2.8, 4.6, 6.4, 8.2].forEach((b, j) => expect(summary.rfmBreaks?.f[j]).toBeCloseTo(b, 12));
    expect(rows[0].rfm).toMatchObject({
      r: 5,
      f: 5,
      m: 5,
      fm: 5,
      segment: "Champions",
      recency: 5,
    });
    expect(rows[9].rfm).toMatchObject({ r: 1, f: 1, m: 1, segment: "Lost", recency: 185 });
    expect(rows[0].lifecycle).toBe("Loyal");
    expect(rows[9].lifecycle).toBe("First-time");
    expect(summary.lifecycle).toEqual({
      Prospect: 0,
      Churned: 0,
      Loyal: 6,
      Repeat: 3,
      "First-time": 1,
    });
    expect(rows[0].breakClass).toBeGreaterThan(rows[9].breakClass ?? 99);
    expect(rows[0].clv).toBeGreaterThan(0);
    expect(summary.mix.topCount).toBe(2);
    expect(summary.mix.topValueShare).toBeCloseTo(1_900 / 5_500, 12);
    expect(summary.warnings).toEqual([]);
  });

  it("a file with no purchase at all: everyone Prospect, no RFM, no CLV", () => {
    const customers = ["P1", "P2", "P3"].map((id) => ({
      ...emptyCustomer(id, 2),
      orders: 0,
      sales_amount: 0,
    }));
    const { customers: rows, summary } = scoreTiers(customers, FIELDS, AS_OF);
    expect(rows.map((r) => r.pyramid)).toEqual(["Prospect", "Prospect", "Prospect"]);
    expect(rows.map((r) => r.stage)).toEqual(["exploration", "exploration", "exploration"]);
    expect(rows.every((r) => r.rfm === null && r.clv === null && r.churnAlert === null)).toBe(true);
    expect(summary.rfmBreaks).toBeNull();
    expect(summary.valueMeasure).toBe("sales_amount");
    expect(rows.map((r) => r.abc)).toEqual(["C", "C", "C"]);
    expect(summary.warnings.map((w) => w.code)).toEqual([
      "no-buyers",
      "abc-total-not-positive",
      "natural-breaks-fewer-classes",
      "no-rfm-customers",
    ]);
  });

  it("no value column with data: measure none, everyone unranked, RFM and lifecycle still scored", () => {
    const customers = [buyer("A", null, 3, 100, 10, 500)];
    customers[0].sales_amount = null;
    const { customers: rows, summary } = scoreTiers(customers, ["orders", "last_purchase"], AS_OF);
    expect(summary.valueMeasure).toBe("none");
    expect(rows[0]).toMatchObject({
      value: null,
      abc: null,
      pyramid: null,
      breakClass: null,
      rank: null,
      clv: null,
      rfm: null,
    });
    expect(rows[0].lifecycle).toBe("Repeat");
    expect(summary.warnings.map((w) => w.code)).toContain("no-value-measure");
  });

  it("a single customer", () => {
    const { customers: rows, summary } = scoreTiers([buyer("X", 50, 1, 10, 10)], FIELDS, AS_OF);
    expect(rows[0]).toMatchObject({
      abc: "A",
      pyramid: "VIP",
      breakClass: 1,
      lifecycle: "First-time",
      churnAlert: false,
    });
    // One customer: every break equals its value, so every score is the top one.
    expect(rows[0].rfm).toMatchObject({ r: 5, f: 1, m: 1 });
    expect(summary.rfmBreaks).toEqual({
      r: [10, 10, 10, 10],
      f: [1, 1, 1, 1],
      m: [1000, 1000, 1000, 1000],
    });
  });

  it("all equal customers share RFM scores and take A = first 8 of 10 by id", () => {
    const customers = Array.from({ length: 10 }, (_, i) => buyer(`C${9 - i}`, 100, 3, 200, 30));
    const { customers: rows } = scoreTiers(customers, FIELDS, AS_OF);
    expect(
      rows
        .filter((r) => r.abc === "A")
        .map((r) => r.customer_id)
        .sort()
    ).toEqual(["C0", "C1", "C2", "C3", "C4", "C5", "C6", "C7"]);
    expect(new Set(rows.map((r) => `${r.rfm?.r}${r.rfm?.f}${r.rfm?.m}`))).toEqual(new Set(["511"]));
  });

  it("loss-makers: C and flagged; a negative total warns", () => {
    const { customers: rows, summary } = scoreTiers(
      [buyer("A", -50, 2, 100, 10), buyer("B", 10, 2, 100, 10)],
      FIELDS,
      AS_OF
    );
    expect(rows.map((r) => r.abc)).toEqual(["C", "C"]);
    expect(rows.map((r) => r.lossMaking)).toEqual([true, false]);
    expect(rows[0].clv).toBeLessThan(0);
    expect(summary.totals.lossMaking).toBe(1);
    expect(summary.warnings.find((w) => w.code === "abc-total-not-positive")?.params).toEqual({
      total: -40,
    });
  });

  it("a purchase after the as-of date: negative recency, R 5, not churned", () => {
    const rows = scoreTiers(
      [buyer("F", 10, 2, 30, -3), buyer("G", 10, 2, 30, 20)],
      FIELDS,
      AS_OF
    ).customers;
    expect(rows[0].rfm).toMatchObject({ recency: -3, r: 5 });
    expect(rows[0].lifecycle).toBe("Repeat");
    expect(rows[0].churnAlert).toBe(false);
  });

  it("missing fields: unranked customers are reported; churned and alerted customers are 退化期", () => {
    const c = [buyer("A", 100, 2, 800, 400), buyer("B", null, 1, 100, 100)];
    const { customers: rows, summary } = scoreTiers(c, FIELDS, AS_OF);
    expect(rows[1]).toMatchObject({
      value: null,
      abc: null,
      pyramid: null,
      churnAlert: true,
      stage: "decline",
    });
    // Churned (400 days) without an alert (400 x 1 is not above 2 x 400): still 退化期.
    expect(rows[0]).toMatchObject({ lifecycle: "Churned", churnAlert: false, stage: "decline" });
    expect(summary.warnings).toContainEqual({ code: "unranked-customers", params: { count: 1 } });
    expect(summary.churnAlerts).toBe(1);
  });

  it("follows the settings: rules preset and explicit breaks", () => {
    const settings = {
      ...DEFAULT_TIER_SETTINGS,
      rfm: {
        ...DEFAULT_TIER_SETTINGS.rfm,
        method: "explicit" as const,
        segmentPreset: "rules" as const,
        explicitBreaks: { r: [30, 60, 120, 240], f: [1, 2, 3, 5], m: [100, 200, 300, 400] },
      },
    };
    const { customers: rows, summary } = scoreTiers(
      [buyer("A", 10, 9, 400, 3, 1_000)],
      FIELDS,
      AS_OF,
      settings
    );
    expect(summary.rfmBreaks).toEqual(settings.rfm.explicitBreaks);
    expect(rows[0].rfm?.segment).toBe("Champions");
  });

  it("alerts on P(alive) with churn rule p-alive, keeping the gap rule where it is unknown", () => {
    // C0 bought 5 times and came back yesterday; C1 is long overdue; C2 is overdue but has no P(alive).
    const customers = [
      buyer("C0", 500, 5, 400, 1),
      buyer("C1", 400, 5, 400, 300),
      buyer("C2", 300, 5, 400, 300),
    ];
    const pAlive = Float64Array.from([0.2, 0.9, NaN]);
    const gap = scoreTiers(customers, FIELDS, AS_OF, DEFAULT_TIER_SETTINGS, pAlive);
    expect(gap.customers.map((c) => c.churnAlert)).toEqual([false, true, true]);
    const settings = {
      ...DEFAULT_TIER_SETTINGS,
      churnAlert: { ...DEFAULT_TIER_SETTINGS.churnAlert, rule: "p-alive" as const },
    };
    const byPAlive = scoreTiers(customers, FIELDS, AS_OF, settings, pAlive);
    expect(byPAlive.customers.map((c) => c.churnAlert)).toEqual([true, false, true]);
    expect(byPAlive.summary.churnAlerts).toBe(2);
    // The relationship stage follows the alert (退化期 while it is on).
    expect(byPAlive.customers[0].stage).toBe("decline");
    expect(byPAlive.customers[1].stage).not.toBe("decline");
    expect(byPAlive.summary.warnings).toContainEqual({
      code: "churn-gap-rule-kept",
      params: { count: 1 },
    });
    expect(gap.summary.warnings.map((w) => w.code)).not.toContain("churn-gap-rule-kept");
  });
});
