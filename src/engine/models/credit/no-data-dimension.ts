import type { CompiledDimension } from "./compile-scorecard";
import type { DimensionResult } from "./credit-result";

/**
 * A dimension's result for a customer with no data for any of its indicators: the same for every such
 * customer, so one frozen object is shared by all of them.
 */
export function noDataDimension(dimension: CompiledDimension): DimensionResult {
  return Object.freeze({
    id: dimension.id,
    name: dimension.name,
    score: null,
    weight: dimension.weight,
    effectiveWeight: 0,
    indicatorsWithData: 0,
    indicatorCount: dimension.indicators.length,
  });
}
