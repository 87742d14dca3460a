import type { IndicatorResult } from "./credit-result";
import type { IndicatorSetting } from "./credit-settings";

/**
 * An indicator's result for a customer without its data. It is the same for every such customer, so
 * one frozen object is shared by all of them (a million customers missing most credit fields would
 * otherwise hold a million copies of it).
 */
export function noDataIndicator(dimension: string, setting: IndicatorSetting): IndicatorResult {
  return Object.freeze({
    id: setting.id,
    dimension,
    name: setting.name,
    unit: setting.unit,
    value: null,
    points: null,
    effectiveWeight: 0,
    shortfall: null,
  });
}
