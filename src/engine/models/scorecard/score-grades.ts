import type { CreditGrade } from "../credit/credit-settings";
import { quantileSorted } from "../tiers/quantile-sorted";

export type GradeMinimums = Record<Exclude<CreditGrade, "C">, number>;

/**
 * The score quantiles that start each grade when no cut-offs are set (domain.md §5: "or by the
 * score's quantiles"): AAA the top 10% of the fitted scores, AA the next 15%, A 20%, BBB 20%,
 * BB 15%, B 10%, C the lowest 10%. A middle-heavy split, as rating scales are.
 */
export const GRADE_QUANTILES: Readonly<GradeMinimums> = {
  AAA: 0.9,
  AA: 0.75,
  A: 0.55,
  BBB: 0.35,
  BB: 0.2,
  B: 0.1,
};

/** Each grade's lowest score: the type-7 quantile of the scores at GRADE_QUANTILES. */
export function gradeMinimumsByQuantile(scores: Float64Array): GradeMinimums {
  const sorted = Float64Array.from(scores).sort();
  const at = (p: number) => quantileSorted(sorted, p);
  return {
    AAA: at(GRADE_QUANTILES.AAA),
    AA: at(GRADE_QUANTILES.AA),
    A: at(GRADE_QUANTILES.A),
    BBB: at(GRADE_QUANTILES.BBB),
    BB: at(GRADE_QUANTILES.BB),
    B: at(GRADE_QUANTILES.B),
  };
}
