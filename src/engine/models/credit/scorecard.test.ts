import type { Customer } from "../customer";
import type { CreditSettings, ScorecardSetting } from "./credit-settings";
import { DEFAULT_CREDIT_SETTINGS } from "./credit-settings";
import { ScorecardError } from "./scorecard-issue";
import { scoreCredit } from "./scorecard";
import { blankCustomer, day, fullCustomer } from "./test-customers";

const asOf = day("2024-12-31");
const settings = DEFAULT_CREDIT_SETTINGS;
const patch = (p: Partial<Customer>): Customer => ({ ...fullCustomer(asOf), ...p });
const only = (p: Partial<Customer>): Customer => ({ ...blankCustomer("c1"), ...p });
const pointsOf = (c: Customer, id: string): number | null =>
  scoreCredit(c, asOf, settings).indicators.find((i) => i.id === id)?.points ?? null;

/** A one-indicator scorecard whose points equal overdue_days_avg, to reach any score exactly. */
function identityScorecard(expression: string): ScorecardSetting {
  return {
    id: "identity",
    name: { "zh-CN": "测试", "en-US": "test" },
    dimensions: [
      {
        id: "d",
        name: { "zh-CN": "维度", "en-US": "dimension" },
        weight: 1,
        indicators: [
          {
            id: "x",
            name: { "zh-CN": "x", "en-US": "x" },
            kind: "curve",
            expression,
            curve: [
              { value: 0, points: 0 },
              { value: 100, points: 100 },
            ],
            unit: "count",
          },
        ],
      },
    ],
  };
}
const identity: CreditSettings = {
  ...settings,
  method: "custom",
  custom: identityScorecard("overdue_days_avg"),
};

describe("scoreCredit", () => {
  it("scores a customer with every indicator on the 5C scorecard", () => {
    const result = scoreCredit(fullCustomer(asOf), asOf, settings);
    expect(result.scorecard).toBe("5C");
    expect(result.indicators.map((i) => i.points)).toEqual([
      45, 80, 80, 80, 80, 75, 60, 70, 60, 60, 60, 80,
    ]);
    expect(result.dimensions.map((d) => d.score)).toEqual([
      71.25,
      expect.closeTo(71.666667, 5),
      65,
      60,
      70,
    ]);
    expect(result.score).toBeCloseTo(68.2916667, 6);
    expect(result.confidence).toBe(1);
    expect(result.grade).toBe("BBB");
    expect(result.light).toBe("amber");
    expect(result.terms).toBe(30);
    // 1,095 days = 36 months; 10,000 / 36 x 1.5
    expect(result.averageMonthlySales).toBeCloseTo(10_000 / 36, 9);
    expect(result.limit).toBeCloseTo((10_000 / 36) * 1.5, 9);
  });

  it("gives the category's canonical value and the values the expressions compute", () => {
    const result = scoreCredit(fullCustomer(asOf), asOf, settings);
    const value = (id: string) => result.indicators.find((i) => i.id === id)?.value;
    expect(value("industry_risk")).toBe("中");
    expect(value("customer_years")).toBe(3);
    expect(value("business_years")).toBe(5);
    expect(value("returns_ratio")).toBeCloseTo(0.05, 12);
    expect(value("debt_ratio")).toBeCloseTo(0.6, 12);
  });

  it("ranks reasons by effective weight x (100 - points), largest first", () => {
    // collateral 0.15 x 40 = 6; overdue 0.075 x 55 = 4.125; registered capital 0.1 x 40 = 4;
    // revenue growth 0.0833 x 40 = 3.33; debt ratio 0.1 x 30 = 3; ...
    const result = scoreCredit(fullCustomer(asOf), asOf, settings);
    expect(result.reasons.map((r) => r.id)).toEqual([
      "collateral_cover",
      "overdue_days",
      "registered_capital",
    ]);
    expect(result.reasons.map((r) => r.shortfall)).toEqual([
      expect.closeTo(6, 9),
      expect.closeTo(4.125, 9),
      expect.closeTo(4, 9),
    ]);
    const total = result.indicators.reduce((sum, i) => sum + (i.shortfall ?? 0), 0);
    expect(100 - total).toBeCloseTo(result.score ?? NaN, 9);
  });

  it("keeps table order among equal shortfalls", () => {
    // Character only: each indicator weighs 1/4; late payments, years and returns all at 80 lose 5.
    const c = only({
      overdue_days_avg: 7,
      overdue_count: 1,
      first_purchase: asOf - 1095,
      returns_amount: 250,
      discount_amount: 250,
      sales_amount: 10_000,
    });
    const result = scoreCredit(c, asOf, settings);
    expect(result.reasons.map((r) => r.id)).toEqual([
      "late_payments",
      "customer_years",
      "returns_ratio",
    ]);
    expect(result.reasons.map((r) => r.shortfall)).toEqual([5, 5, 5]);
  });

  it("gives no reason for an indicator at full points", () => {
    const result = scoreCredit(only({ overdue_days_avg: 0, overdue_count: 0 }), asOf, settings);
    expect(result.reasons).toEqual([]);
  });

  it("renormalises over the dimensions with data", () => {
    // Character (30): overdue 0 -> 100 alone; Collateral (15): 0 / 100 -> 20.
    // score = (30 x 100 + 15 x 20) / 45 = 73.333; confidence = (30 / 4 + 15) / 100 = 0.225.
    const result = scoreCredit(
      only({ overdue_days_avg: 0, collateral_value: 0, credit_limit: 100 }),
      asOf,
      settings
    );
    expect(result.score).toBeCloseTo(220 / 3, 9);
    expect(result.confidence).toBeCloseTo(0.225, 12);
    expect(result.dimensions.map((d) => d.effectiveWeight)).toEqual([
      expect.closeTo(2 / 3, 12),
      0,
      0,
      expect.closeTo(1 / 3, 12),
      0,
    ]);
    const overdue = result.indicators.find((i) => i.id === "overdue_days");
    expect(overdue?.effectiveWeight).toBeCloseTo(2 / 3, 12);
    expect(result.indicators.find((i) => i.id === "late_payments")).toMatchObject({
      value: null,
      points: null,
      effectiveWeight: 0,
      shortfall: null,
    });
  });

  it("below 50% confidence grades 'insufficient' but still gives score and reasons", () => {
    // Character: overdue 0 -> 100, 1 year a customer -> 60, mean 80; Collateral 0 -> 20.
    // score = (30 x 80 + 15 x 20) / 45 = 60; confidence = (2 x 7.5 + 15) / 100 = 0.3.
    // Reasons: collateral 1/3 x 80 = 26.7, years as a customer 1/3 x 40 = 13.3; overdue loses nothing.
    const c = only({
      overdue_days_avg: 0,
      collateral_value: 0,
      credit_limit: 100,
      sales_amount: 5000,
      first_purchase: asOf - 365,
    });
    const result = scoreCredit(c, asOf, settings);
    expect(result.confidence).toBeCloseTo(0.3, 12);
    expect(result.grade).toBe("insufficient");
    expect(result.score).toBeCloseTo(60, 9);
    expect(result.reasons.map((r) => r.id)).toEqual(["collateral_cover", "customer_years"]);
    expect(result.light).toBeNull();
    expect(result.limit).toBeNull();
    expect(result.terms).toBeNull();
    expect(result.averageMonthlySales).toBeCloseTo(5000 / 12, 9);
  });

  it("grades at exactly 50% confidence, and not just below it", () => {
    // Capacity (25) + Collateral (15) + Conditions (10) = 50 of 100.
    const half = only({
      current_assets: 150,
      current_liabilities: 100,
      net_profit: 5,
      revenue: 100,
      revenue_prev: 100,
      collateral_value: 50,
      credit_limit: 100,
      industry_risk: "低",
      founded: asOf - 1825,
    });
    const atHalf = scoreCredit(half, asOf, settings);
    expect(atHalf.confidence).toBeCloseTo(0.5, 12);
    expect(atHalf.grade).not.toBe("insufficient");
    expect(atHalf.light).not.toBeNull();
    const below = scoreCredit({ ...half, founded: null }, asOf, settings);
    expect(below.confidence).toBeCloseTo(0.45, 12);
    expect(below.grade).toBe("insufficient");
  });

  it("accepts exactly 50% even when the float sum falls a hair short", () => {
    // Weights 0.1, 0.1, 0.1 and 0.3 with data in the last only: 0.3 of 0.6 is exactly half.
    const tenths: ScorecardSetting = {
      id: "tenths",
      name: { "zh-CN": "t", "en-US": "t" },
      dimensions: [0.1, 0.1, 0.1, 0.3].map((weight, d) => ({
        id: `d${d}`,
        name: { "zh-CN": "d", "en-US": "d" },
        weight,
        indicators: [
          {
            id: `i${d}`,
            name: { "zh-CN": "i", "en-US": "i" },
            kind: "curve" as const,
            expression: d < 3 ? "overdue_count" : "overdue_days_avg",
            curve: [{ value: 0, points: 50 }],
            unit: "count" as const,
          },
        ],
      })),
    };
    const result = scoreCredit(only({ overdue_days_avg: 1 }), asOf, {
      ...settings,
      method: "custom",
      custom: tenths,
    });
    // 0.3 / (0.1 + 0.1 + 0.1 + 0.3) is 0.4999999999999999 in floating point.
    expect(result.confidence).toBeLessThan(0.5);
    expect(result.confidence).toBeCloseTo(0.5, 12);
    expect(result.grade).toBe("BB");
  });

  it("grades on the exact score: 59.9997 is BB", () => {
    const result = scoreCredit(
      only({ overdue_days_avg: 59.9997, sales_amount: 1200, first_purchase: asOf - 365 }),
      asOf,
      identity
    );
    expect(result.score).toBeCloseTo(59.9997, 10);
    expect(result.grade).toBe("BB");
    expect(result.terms).toBe(15);
  });

  it("applies each grade's light, multiplier and terms", () => {
    const rows = [95, 85, 75, 65, 55, 45, 10].map((s) => {
      // 1,200 sales over 12 months = 100 a month.
      const r = scoreCredit(
        only({ overdue_days_avg: s, sales_amount: 1200, first_purchase: asOf - 365 }),
        asOf,
        identity
      );
      return [r.grade, r.light, r.limit, r.terms];
    });
    expect(rows).toEqual([
      ["AAA", "green", expect.closeTo(300, 9), 90],
      ["AA", "green", expect.closeTo(250, 9), 60],
      ["A", "green", expect.closeTo(200, 9), 45],
      ["BBB", "amber", expect.closeTo(150, 9), 30],
      ["BB", "amber", expect.closeTo(100, 9), 15],
      ["B", "red", expect.closeTo(50, 9), "COD"],
      ["C", "red", 0, "prepayment"],
    ]);
  });

  it("gives a limit only with a sales history", () => {
    const result = scoreCredit(only({ overdue_days_avg: 95 }), asOf, identity);
    expect(result.grade).toBe("AAA");
    expect(result.terms).toBe(90);
    expect(result.limit).toBeNull();
  });

  it("treats a zero denominator as no data, never as the best score", () => {
    expect(pointsOf(patch({ current_liabilities: 0 }), "current_ratio")).toBeNull();
    expect(pointsOf(patch({ revenue: 0 }), "net_margin")).toBeNull();
    expect(pointsOf(patch({ revenue_prev: 0 }), "revenue_growth")).toBeNull();
    expect(pointsOf(patch({ total_assets: 0 }), "debt_ratio")).toBeNull();
    expect(pointsOf(patch({ credit_limit: 0 }), "collateral_cover")).toBeNull();
    expect(pointsOf(patch({ sales_amount: 0 }), "returns_ratio")).toBeNull();
  });

  it("needs returns, discounts and sales above 0 for the returns ratio", () => {
    expect(pointsOf(patch({ returns_amount: null }), "returns_ratio")).toBeNull();
    expect(pointsOf(patch({ discount_amount: null }), "returns_ratio")).toBeNull();
    expect(pointsOf(patch({ sales_amount: null }), "returns_ratio")).toBeNull();
    expect(pointsOf(patch({ sales_amount: -5 }), "returns_ratio")).toBeNull();
    expect(pointsOf(patch({ returns_amount: 0, discount_amount: 0 }), "returns_ratio")).toBe(100);
  });

  it("needs a first purchase for years as a customer and a founding date for years in business", () => {
    expect(pointsOf(patch({ first_purchase: null }), "customer_years")).toBeNull();
    expect(pointsOf(patch({ founded: null }), "business_years")).toBeNull();
    // Half a year: 40 + (60 - 40) / 2
    expect(pointsOf(patch({ first_purchase: asOf - 182.5 }), "customer_years")).toBeCloseTo(50, 9);
  });

  it("reads industry risk in either language and any case; an unknown category is no data", () => {
    expect(pointsOf(patch({ industry_risk: "低" }), "industry_risk")).toBe(100);
    expect(pointsOf(patch({ industry_risk: " High " }), "industry_risk")).toBe(20);
    expect(pointsOf(patch({ industry_risk: "未知" }), "industry_risk")).toBeNull();
    expect(pointsOf(patch({ industry_risk: null }), "industry_risk")).toBeNull();
  });

  it("gives a customer with no data no score, no grade and no reasons", () => {
    const result = scoreCredit(blankCustomer("empty"), asOf, settings);
    expect(result).toMatchObject({
      customerId: "empty",
      score: null,
      grade: "insufficient",
      confidence: 0,
      light: null,
      limit: null,
      terms: null,
      reasons: [],
    });
    expect(result.dimensions.every((d) => d.score === null && d.effectiveWeight === 0)).toBe(true);
    expect(result.indicators).toHaveLength(12);
  });

  it("stays insufficient without any score even if the manager drops the confidence minimum to 0", () => {
    expect(scoreCredit(blankCustomer("e"), asOf, { ...settings, minConfidence: 0 }).grade).toBe(
      "insufficient"
    );
  });

  it("scores on the 5P regrouping", () => {
    // Personal (45, 80, 80) = 68.333; Purpose (60, 80) = 70; Payment (80, 75) = 77.5;
    // Protection (70, 60, 60) = 63.333; Perspective (60, 80) = 70.
    // (25 x 68.333 + 15 x 70 + 15 x 77.5 + 35 x 63.333 + 10 x 70) / 100 = 68.375
    const result = scoreCredit(fullCustomer(asOf), asOf, { ...settings, method: "5P" });
    expect(result.scorecard).toBe("5P");
    expect(result.dimensions.map((d) => d.id)).toEqual([
      "personal",
      "purpose",
      "payment",
      "protection",
      "perspective",
    ]);
    expect(result.score).toBeCloseTo(68.375, 9);
  });

  it("mixes Altman Z'' in as a dimension only when chosen", () => {
    const firm = patch({
      current_assets: 500,
      current_liabilities: 300,
      total_assets: 1000,
      total_liabilities: 600,
      retained_earnings: 150,
      ebit: 80,
    });
    expect(scoreCredit(firm, asOf, settings).dimensions.map((d) => d.id)).not.toContain("altman");
    const mixed = scoreCredit(firm, asOf, {
      ...settings,
      altman: { ...settings.altman, mixIn: true },
    });
    // Z'' = 3.0386 (altman.test.ts): 60 + (3.0386 - 2.6) / 2.4 x 40 = 67.31
    const altman = mixed.indicators.find((i) => i.id === "altman_z");
    expect(altman?.value).toBeCloseTo(3.0386, 10);
    expect(altman?.points).toBeCloseTo(60 + (0.4386 / 2.4) * 40, 9);
    expect(mixed.dimensions.at(-1)).toMatchObject({ id: "altman", weight: 15 });
  });

  it("refuses an invalid custom scorecard with a message naming the unknown field", () => {
    const bad: CreditSettings = {
      ...settings,
      method: "custom",
      custom: identityScorecard("turnover / 2"),
    };
    expect(() => scoreCredit(blankCustomer("c"), asOf, bad)).toThrow(ScorecardError);
    expect(() => scoreCredit(blankCustomer("c"), asOf, bad)).toThrow("unknown field 'turnover'");
  });
});

describe("scoreCredit, shared results", () => {
  it("shares one frozen result per indicator and dimension without data between customers", () => {
    const a = scoreCredit(blankCustomer("a"), asOf, settings);
    const b = scoreCredit(blankCustomer("b"), asOf, settings);
    expect(b.indicators[0]).toBe(a.indicators[0]);
    expect(b.dimensions[0]).toBe(a.dimensions[0]);
    expect(Object.isFrozen(a.indicators[0])).toBe(true);
  });

  it("gives each customer with data results of its own, not the previous customer's", () => {
    const full = scoreCredit(fullCustomer(asOf), asOf, settings);
    const blank = scoreCredit(blankCustomer("b"), asOf, settings);
    expect(blank.indicators.every((i) => i.points === null)).toBe(true);
    expect(full.indicators.every((i) => i.points !== null)).toBe(true);
    expect(blank.averageMonthlySales).toBeNull();
  });
});
