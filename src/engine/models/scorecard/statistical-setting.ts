import type { GradeMinimums } from "./score-grades";
import type { PointsScale } from "./points";

/** One bin of a fitted variable as settings hold it. */
export interface StatisticalBinSetting {
  label: string;
  /** Numeric bins: [lower, upper), null for an open end; null for categorical and missing bins. */
  lower: number | null;
  upper: number | null;
  /** Categorical bins: the values it holds (compared trimmed, as typed). */
  categories: string[];
  /** The bin of missing values. */
  missing: boolean;
  woe: number;
  points: number;
}

export interface StatisticalVariableSetting {
  /** The column's title, as the fitted sheet had it. */
  name: string;
  kind: "numeric" | "categorical";
  coefficient: number;
  bins: StatisticalBinSetting[];
}

/**
 * A fitted statistical scorecard (domain.md §5), as `tiersheet fit scorecard` writes it under
 * credit.statistical: a customer's score = basePoints + the points of their bin in each variable.
 */
export interface StatisticalScorecardSetting {
  target: string;
  intercept: number;
  basePoints: number;
  scale: PointsScale;
  variables: StatisticalVariableSetting[];
  /** Each grade's lowest score; C below B. */
  gradeMinimums: GradeMinimums;
}
