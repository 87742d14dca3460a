import { compileScorecard, type CompiledScorecard } from "./compile-scorecard";
import type { DimensionResult, IndicatorResult } from "./credit-result";
import type { CreditSettings } from "./credit-settings";
import { noDataDimension } from "./no-data-dimension";
import { noDataIndicator } from "./no-data-indicator";

/** What scoring needs besides the customer, built once per settings object and reused for each. */
export interface ScoringPlan {
  scorecard: CompiledScorecard;
  /** The number of indicators over all dimensions. */
  indicatorCount: number;
  /** The sum of the dimensions' weights. */
  totalWeight: number;
  /** Per dimension, per indicator: the shared result for a customer without its data. */
  noDataIndicators: IndicatorResult[][];
  /** Per dimension: the shared result for a customer with no data in it. */
  noDataDimensions: DimensionResult[];
}

/**
 * Compiles the settings' scorecard (throws ScorecardError when it is invalid) and prepares the
 * results that scoring each customer shares instead of allocating afresh.
 */
export function scoringPlan(settings: CreditSettings): ScoringPlan {
  const scorecard = compileScorecard(settings);
  return {
    scorecard,
    indicatorCount: scorecard.dimensions.reduce((sum, d) => sum + d.indicators.length, 0),
    totalWeight: scorecard.dimensions.reduce((sum, d) => sum + d.weight, 0),
    noDataIndicators: scorecard.dimensions.map((d) =>
      d.indicators.map((i) => noDataIndicator(d.id, i.setting))
    ),
    noDataDimensions: scorecard.dimensions.map(noDataDimension),
  };
}
