import type { FuzzyGradeSetting } from "./credit-settings";
import { fuzzyMemberships } from "./fuzzy-memberships";

export interface FuzzyResult {
  /** B = A . R, one membership per grade, in the grades' order; sums to 1. */
  memberships: { grade: string; membership: number }[];
  /** The grade of highest membership; a tie goes to the worse grade (later in the list), erring on the side of caution. */
  grade: string;
}

/**
 * Fuzzy comprehensive evaluation (模糊综合评价, domain.md §5). R holds each indicator's
 * memberships (fuzzy-memberships.ts); A is the indicators' weights, over those with data,
 * normalised to sum 1; B = A . R with the weighted-average operator M(., +): b_j = sum_i a_i r_ij.
 * Null when no indicator has data or their weights sum to 0.
 */
export function fuzzyEvaluate(
  indicators: readonly { points: number | null; weight: number }[],
  grades: readonly FuzzyGradeSetting[]
): FuzzyResult | null {
  const used = indicators.filter(
    (i): i is { points: number; weight: number } => i.points !== null && i.weight > 0
  );
  const total = used.reduce((sum, i) => sum + i.weight, 0);
  if (used.length === 0 || !(total > 0) || grades.length === 0) return null;
  const b = new Array<number>(grades.length).fill(0);
  for (const indicator of used) {
    const r = fuzzyMemberships(indicator.points, grades);
    r.forEach((m, j) => {
      b[j] += (indicator.weight / total) * m;
    });
  }
  let best = 0;
  b.forEach((m, j) => {
    if (m >= b[best]) best = j;
  });
  return {
    memberships: grades.map((g, j) => ({ grade: g.id, membership: b[j] })),
    grade: grades[best].id,
  };
}
