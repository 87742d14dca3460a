import type { ScoreRun } from "../../engine/score-workbook";
import { CREDIT_GRADES } from "../../engine/models/credit/credit-settings";
import type { AbcClass } from "../../engine/models/tiers/abc";
import type { PyramidLevel } from "../../engine/models/tiers/pyramid";

/** One bar of a summary: a label key, a count and its share of the customers. */
export interface SummaryBar<K extends string> {
  key: K;
  count: number;
  /** count / customers; 0 when there are no customers. */
  share: number;
}

/** The numbers the Score view shows, taken from a run, never recomputed. */
export interface ScoreSummary {
  customers: number;
  valueMeasure: string;
  abc: (SummaryBar<AbcClass> & { valueShare: number | null })[];
  /** Top of the pyramid first. */
  pyramid: SummaryBar<PyramidLevel>[];
  /** AAA..C then insufficient, only grades that occur. */
  grades: SummaryBar<string>[];
  churnAlerts: number;
  /** Churn alerts, largest value first, at most `limit`. */
  alerts: { customerId: string; name: string | null; row: number; value: number | null }[];
  warnings: string[];
}

const PYRAMID: readonly PyramidLevel[] = ["VIP", "Major", "Ordinary", "Small", "Prospect"];
const GRADE_ORDER: readonly string[] = [...CREDIT_GRADES, "insufficient"];

/** The Score view's summary of a run: A/B/C, pyramid, grades and churn alerts (the first `limit`). */
export function scoreSummary(run: ScoreRun, limit = 10): ScoreSummary {
  const n = run.customers.length;
  const share = (count: number): number => (n === 0 ? 0 : count / n);
  const t = run.tiers;
  const alerts = run.customers
    .filter((c) => c.tiers.churnAlert === true)
    .sort(
      (a, b) =>
        (b.tiers.value ?? -Infinity) - (a.tiers.value ?? -Infinity) ||
        a.customer.row - b.customer.row
    )
    .slice(0, limit)
    .map((c) => ({
      customerId: c.customer.customer_id,
      name: c.customer.name,
      row: c.customer.row,
      value: c.tiers.value,
    }));
  return {
    customers: n,
    valueMeasure: t.valueMeasure,
    abc: (["A", "B", "C"] as const).map((key) => ({
      key,
      count: t.abc.counts[key],
      share: share(t.abc.counts[key]),
      valueShare: t.abc.valueShares[key],
    })),
    pyramid: PYRAMID.map((key) => ({
      key,
      count: t.pyramid.counts[key],
      share: share(t.pyramid.counts[key]),
    })),
    grades: GRADE_ORDER.filter((g) => (run.credit.grades[g] ?? 0) > 0).map((key) => ({
      key,
      count: run.credit.grades[key],
      share: share(run.credit.grades[key]),
    })),
    churnAlerts: t.churnAlerts,
    alerts,
    warnings: t.warnings.map((w) => w.code),
  };
}
