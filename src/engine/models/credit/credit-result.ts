import type { Localized } from "../../../i18n/lang";
import type { FuzzyResult } from "./fuzzy";
import type { CreditGrade, CreditLight, CreditTerms, IndicatorUnit } from "./credit-settings";

export interface IndicatorResult {
  id: string;
  /** The dimension it sits in. */
  dimension: string;
  name: Localized;
  unit: IndicatorUnit;
  /** The computed value (a category's canonical value for category indicators); null = no data. */
  value: number | string | null;
  /** For a category indicator with data: the category's name, e.g. 高 / high. */
  categoryName?: Localized;
  /** 0-100 points; null = no data. */
  points: number | null;
  /**
   * Share of the score this indicator carries: its dimension's weight renormalised over the
   * dimensions with data, divided by the dimension's indicators with data; 0 without data.
   */
  effectiveWeight: number;
  /** effectiveWeight x (100 - points): score points lost here; null without data. */
  shortfall: number | null;
}

export interface DimensionResult {
  id: string;
  name: Localized;
  /** Mean points of its indicators with data; null when none has data. */
  score: number | null;
  weight: number;
  /** weight renormalised over the dimensions with data; 0 without data. */
  effectiveWeight: number;
  indicatorsWithData: number;
  indicatorCount: number;
}

export interface CreditResult {
  customerId: string;
  /** Which scorecard scored it ("5C", "5P", or the custom scorecard's id). */
  scorecard: string;
  /** The exact weighted score, 0-100, unrounded; null when nothing has data. */
  score: number | null;
  grade: CreditGrade | "insufficient";
  /** Share (0-1) of the scorecard's total weight whose indicators had data. */
  confidence: number;
  /** Null when the grade is insufficient (domain.md §8), as are limit and terms. */
  light: CreditLight | null;
  /** Recommended credit limit = average monthly sales x the grade's multiplier; null without sales history. */
  limit: number | null;
  terms: CreditTerms | null;
  averageMonthlySales: number | null;
  dimensions: DimensionResult[];
  /** In table order. */
  indicators: IndicatorResult[];
  /** The indicators with the largest positive shortfall, largest first, ties in table order. */
  reasons: IndicatorResult[];
  /**
   * With credit.method "fuzzy": the fuzzy comprehensive evaluation of the indicators' points by
   * their effective weights (null without data); absent for the other methods.
   */
  fuzzy?: FuzzyResult | null;
}

/**
 * What a run keeps of each customer's credit result: everything but the per-indicator and
 * per-dimension breakdown, which is most of its size (some 500 bytes a customer) and which only a
 * view of one customer shows. creditDetail gives the whole result again for that customer.
 */
export type CreditOutcome = Omit<CreditResult, "indicators" | "dimensions">;
