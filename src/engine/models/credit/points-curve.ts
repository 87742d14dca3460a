import type { CurvePoint } from "./credit-settings";

/**
 * The points a value earns on a piecewise-linear curve: linear between neighbouring points, flat
 * beyond the first and last point. The curve's values must be strictly increasing (see
 * validate-scorecard.ts); at a listed value the listed points come back exactly.
 */
export function pointsOnCurve(curve: readonly CurvePoint[], value: number): number {
  const first = curve[0];
  const last = curve[curve.length - 1];
  if (value <= first.value) return first.points;
  if (value >= last.value) return last.points;
  for (let i = 1; i < curve.length; i++) {
    const right = curve[i];
    if (value === right.value) return right.points;
    if (value < right.value) {
      const left = curve[i - 1];
      return (
        left.points +
        ((value - left.value) / (right.value - left.value)) * (right.points - left.points)
      );
    }
  }
  return last.points;
}
