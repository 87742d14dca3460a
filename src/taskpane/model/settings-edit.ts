import type { Settings } from "../../engine/settings";

/** The thresholds the Settings view edits, by the path parseSettings names in its issues. */
export const THRESHOLDS = [
  "tiers.abc.aShare",
  "tiers.abc.bShare",
  "tiers.lifecycle.churnDays",
  "validation.staleDays",
  "credit.minConfidence",
] as const;

export type ThresholdPath = (typeof THRESHOLDS)[number];

/** A threshold's current value. */
export function thresholdValue(s: Settings, path: ThresholdPath): number {
  switch (path) {
    case "tiers.abc.aShare":
      return s.tiers.abc.aShare;
    case "tiers.abc.bShare":
      return s.tiers.abc.bShare;
    case "tiers.lifecycle.churnDays":
      return s.tiers.lifecycle.churnDays;
    case "validation.staleDays":
      return s.validation.staleDays;
    case "credit.minConfidence":
      return s.credit.minConfidence;
  }
}

/** Settings with one threshold changed (nothing else is touched; parseSettings judges the result). */
export function withThreshold(s: Settings, path: ThresholdPath, value: number): Settings {
  switch (path) {
    case "tiers.abc.aShare":
      return { ...s, tiers: { ...s.tiers, abc: { ...s.tiers.abc, aShare: value } } };
    case "tiers.abc.bShare":
      return { ...s, tiers: { ...s.tiers, abc: { ...s.tiers.abc, bShare: value } } };
    case "tiers.lifecycle.churnDays":
      return { ...s, tiers: { ...s.tiers, lifecycle: { ...s.tiers.lifecycle, churnDays: value } } };
    case "validation.staleDays":
      return { ...s, validation: { ...s.validation, staleDays: value } };
    case "credit.minConfidence":
      return { ...s, credit: { ...s.credit, minConfidence: value } };
  }
}

/** Settings with the 5C scorecard's dimension weights replaced, in dimension order. */
export function withDimensionWeights(s: Settings, weights: readonly number[]): Settings {
  const dims = s.credit.scorecard5C.dimensions;
  if (weights.length !== dims.length)
    throw new Error(`expected ${dims.length} weights, not ${weights.length}`);
  return {
    ...s,
    credit: {
      ...s.credit,
      scorecard5C: {
        ...s.credit.scorecard5C,
        dimensions: dims.map((d, i) => ({ ...d, weight: weights[i] })),
      },
    },
  };
}
