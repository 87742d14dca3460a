import type { ScoreRun } from "../../engine/score-workbook";
import { churnAction } from "../../engine/models/tiers/churn-action";
import { CREDIT_GRADES } from "../../engine/models/credit/credit-settings";
import type { AbcClass } from "../../engine/models/tiers/abc";
import type { PyramidLevel } from "../../engine/models/tiers/pyramid";
import {
  eachScoredCustomer,
  filterScoredCustomers,
  scoredCount,
} from "../../engine/scored-customers";

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
  /** Overdue but still active (the call list), largest value at risk first. */
  calls: ChurnListItem[];
  /** Alerted and already churned (win-back), largest value first. */
  winBacks: ChurnListItem[];
  warnings: string[];
  /** What Check would say of the sheet, so scoring never hides bad data. */
  quality: SheetQuality;
  /** The net total when it is zero or below (every customer is then C), else null. */
  netTotalNotPositive: number | null;
}

/** One customer on a churn list. */
export interface ChurnListItem {
  customerId: string;
  name: string | null;
  row: number;
  value: number | null;
}

/** The validation counts the Score view shows above its summary. */
export interface SheetQuality {
  errors: number;
  warnings: number;
  /** Duplicate ids, duplicate rows and likely duplicate names found. */
  duplicates: number;
  /** Non-blank rows of the customer sheet that gave no customer (each reported in Check). */
  leftOut: number;
}

const DUPLICATE_CODES: ReadonlySet<string> = new Set([
  "unique-error",
  "duplicate-row",
  "fuzzy-duplicate",
]);

/** Counts of the run's own validation report; left-out rows only where rows are customers. */
export function sheetQuality(run: ScoreRun): SheetQuality {
  const scoredRows = new Set<number>();
  for (const c of eachScoredCustomer(run)) scoredRows.add(c.customer.row);
  const leftOut =
    run.template.id === "transactions"
      ? 0
      : Array.from(run.table.rows).filter((row) => !scoredRows.has(row)).length;
  return {
    errors: run.validation.stats.errors,
    warnings: run.validation.stats.warnings,
    duplicates: run.validation.findings.filter((f) => DUPLICATE_CODES.has(f.code)).length,
    leftOut,
  };
}

function churnList(run: ScoreRun, action: "call" | "win-back"): ChurnListItem[] {
  return filterScoredCustomers(run, (c) => churnAction(c.tiers) === action)
    .sort(
      (a, b) =>
        (b.tiers.value ?? -Infinity) - (a.tiers.value ?? -Infinity) ||
        a.customer.row - b.customer.row
    )
    .map((c) => ({
      customerId: c.customer.customer_id,
      name: c.customer.name,
      row: c.customer.row,
      value: c.tiers.value,
    }));
}

const PYRAMID: readonly PyramidLevel[] = ["VIP", "Major", "Ordinary", "Small", "Prospect"];
const GRADE_ORDER: readonly string[] = [...CREDIT_GRADES, "insufficient"];

/** The Score view's summary of a run: A/B/C, pyramid, grades, churn lists and the sheet's quality. */
export function scoreSummary(run: ScoreRun): ScoreSummary {
  const n = scoredCount(run);
  const share = (count: number): number => (n === 0 ? 0 : count / n);
  const t = run.tiers;
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
    calls: churnList(run, "call"),
    winBacks: churnList(run, "win-back"),
    warnings: t.warnings.map((w) => w.code),
    quality: sheetQuality(run),
    netTotalNotPositive:
      t.valueMeasure !== "none" && t.totals.totalValue <= 0 && n > 0 ? t.totals.totalValue : null,
  };
}
