/**
 * Every threshold of the tier models (domain.md §4), as plain data. Shares are fractions (0.8 = 80%),
 * days are calendar days. The settings schema composes this; nothing here is behaviour.
 */

export type RfmMethod = "quantile" | "rank" | "explicit";
export type SegmentPreset = "grid" | "rules";

/** An inclusive score range [low, high]. */
export type ScoreRange = readonly [number, number];

/** One rule of the "rules" preset: every range must hold; the first matching rule wins. */
export interface SegmentRule {
  segment: string;
  r: ScoreRange;
  f: ScoreRange;
  m: ScoreRange;
}

export interface TierSettings {
  abc: {
    /** A = customers whose cumulative share before them is below this. */
    aShare: number;
    /** B = below this (and not A). */
    bShare: number;
  };
  pyramid: {
    /** Cumulative rank cut-offs as shares of the buyers, each rounded up. */
    vipShare: number;
    majorShare: number;
    ordinaryShare: number;
  };
  naturalBreaks: { classes: number };
  keyCustomers: {
    /** Top share of buyers by value that counts as high-value (VIP + Major + Ordinary at 20%). */
    highValueShare: number;
    /** Influence (1-5) at or above which a customer is influential. */
    influenceMin: number;
  };
  rfm: {
    method: RfmMethod;
    /** Quantile probabilities for "quantile" and "rank"; four of them give scores 1-5. */
    probabilities: readonly number[];
    /** Breaks for "explicit": recency in days, frequency in orders, monetary in money. */
    explicitBreaks: { r: readonly number[]; f: readonly number[]; m: readonly number[] };
    segmentPreset: SegmentPreset;
    /** grid[5 - R][FM - 1] is the segment of (R, FM); rows R = 5 down to 1 as domain.md shows them. */
    grid: readonly (readonly string[])[];
    rules: readonly SegmentRule[];
    /** The segment of a customer no rule matches. */
    otherSegment: string;
  };
  lifecycle: {
    /** Churned when the last purchase is more than this many days before the as-of date. */
    churnDays: number;
    loyalOrders: number;
    /** Loyal needs tenure (as-of minus first purchase) of at least this many days. */
    loyalTenureDays: number;
    repeatOrders: number;
  };
  churnAlert: {
    /** Overdue when the days since the last purchase exceed this many average gaps. */
    gapFactor: number;
    /** With a single order, overdue after more than this many days. */
    oneOrderDays: number;
    /**
     * "gap" (domain.md §4, the default) or "p-alive": alert when the fitted BG/NBD's P(alive) is below
     * pAliveBelow (issue 17); needs clv.model "bgnbd". A customer without a P(alive) keeps the gap rule.
     */
    rule: "gap" | "p-alive";
    pAliveBelow: number;
  };
  clv: {
    years: number;
    retention: number;
    discount: number;
    /** Days in a tenure year. */
    daysPerYear: number;
    /**
     * "deterministic" (domain.md §4, the default) or "bgnbd": BG/NBD and Gamma-Gamma fitted on the
     * workbook's purchases (issue 17), added beside the deterministic CLV, never replacing it.
     */
    model: "deterministic" | "bgnbd";
    /** The predictive model's horizon, in months. */
    horizonMonths: number;
    /** The predictive model's discount rate per month. */
    monthlyDiscount: number;
    /** The time unit the predictive model counts in: purchases per week or per day. */
    period: "weeks" | "days";
  };
  mix: {
    /** The top share of customers whose value share the mix reports. */
    topShare: number;
  };
}

/** The grid preset of domain.md §4, rows R = 5..1, columns FM = 1..5. */
export const DEFAULT_RFM_GRID: readonly (readonly string[])[] = [
  ["New Customers", "Potential Loyalist", "Potential Loyalist", "Champions", "Champions"],
  ["Promising", "Potential Loyalist", "Potential Loyalist", "Loyal Customers", "Champions"],
  ["About To Sleep", "About To Sleep", "Need Attention", "Loyal Customers", "Loyal Customers"],
  ["Hibernating", "Hibernating", "At Risk", "At Risk", "Can't Lose Them"],
  ["Lost", "Lost", "Hibernating", "At Risk", "Can't Lose Them"],
];

/** The rules preset after the R package `rfm`, in its order (first match wins). */
export const DEFAULT_RFM_RULES: readonly SegmentRule[] = [
  { segment: "Champions", r: [5, 5], f: [5, 5], m: [5, 5] },
  { segment: "Potential Loyalist", r: [3, 5], f: [3, 5], m: [2, 5] },
  { segment: "Loyal Customers", r: [2, 4], f: [2, 4], m: [2, 4] },
  { segment: "Promising", r: [3, 4], f: [1, 3], m: [3, 5] },
  { segment: "New Customers", r: [4, 5], f: [1, 3], m: [1, 5] },
  { segment: "Can't Lose Them", r: [1, 2], f: [3, 4], m: [4, 5] },
  { segment: "At Risk", r: [1, 2], f: [2, 5], m: [4, 5] },
  { segment: "Need Attention", r: [1, 3], f: [3, 5], m: [3, 5] },
  { segment: "About To Sleep", r: [2, 3], f: [1, 3], m: [1, 4] },
  { segment: "Lost", r: [1, 1], f: [1, 5], m: [1, 5] },
];

export const DEFAULT_TIER_SETTINGS: TierSettings = {
  abc: { aShare: 0.8, bShare: 0.95 },
  pyramid: { vipShare: 0.01, majorShare: 0.05, ordinaryShare: 0.2 },
  naturalBreaks: { classes: 4 },
  keyCustomers: { highValueShare: 0.2, influenceMin: 4 },
  rfm: {
    method: "quantile",
    probabilities: [0.2, 0.4, 0.6, 0.8],
    // Not in domain.md: a reasonable start for a manager who switches to explicit breaks.
    explicitBreaks: { r: [30, 60, 120, 240], f: [1, 2, 3, 5], m: [1_000, 5_000, 20_000, 100_000] },
    segmentPreset: "grid",
    grid: DEFAULT_RFM_GRID,
    rules: DEFAULT_RFM_RULES,
    otherSegment: "Others",
  },
  lifecycle: { churnDays: 365, loyalOrders: 5, loyalTenureDays: 365, repeatOrders: 2 },
  churnAlert: { gapFactor: 2, oneOrderDays: 90, rule: "gap", pAliveBelow: 0.3 },
  clv: {
    years: 5,
    retention: 0.8,
    discount: 0.1,
    daysPerYear: 365,
    model: "deterministic",
    horizonMonths: 12,
    monthlyDiscount: 0.01,
    period: "weeks",
  },
  mix: { topShare: 0.2 },
};
