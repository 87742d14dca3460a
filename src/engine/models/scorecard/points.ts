/** The points scale of data/README.md: points0 at odds0 (bad : good), PDO points to double the odds. */
export interface PointsScale {
  points0: number;
  odds0: number;
  pdo: number;
}

export const DEFAULT_POINTS_SCALE: PointsScale = { points0: 600, odds0: 1 / 19, pdo: 50 };

/** b = pdo / ln 2 and a = points0 + b ln(odds0): score = a - b ln(odds of bad). */
export function pointsFactors(scale: PointsScale): { a: number; b: number } {
  const b = scale.pdo / Math.LN2;
  return { a: scale.points0 + b * Math.log(scale.odds0), b };
}

/** Base points = a - b x intercept (data/README.md), unrounded. */
export function basePoints(intercept: number, scale: PointsScale): number {
  const { a, b } = pointsFactors(scale);
  return a - b * intercept;
}

/** A bin's points = round(-b x coefficient x WOE): higher is better, as the score. */
export function binPoints(coefficient: number, woe: number, scale: PointsScale): number {
  // + 0 turns a -0 (a WOE of 0) into 0.
  return Math.round(-pointsFactors(scale).b * coefficient * woe) + 0;
}
