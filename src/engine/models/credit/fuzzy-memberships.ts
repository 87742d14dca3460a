import type { FuzzyGradeSetting } from "./credit-settings";

/**
 * Triangular memberships of 0-100 points in the fuzzy grades. Each grade's triangle peaks (1) at
 * its `peak` and falls to 0 at the neighbouring grades' peaks; the best and worst grades are
 * shoulders, 1 beyond their peaks. So between two neighbouring peaks the points split linearly
 * between those two grades, and every point's memberships sum to 1. With the defaults (优 100,
 * 良 80, 中 60, 差 40; half-width 20): 90 -> 优 .5 良 .5; 30 -> 差 1.
 * Returned in the order of `grades`.
 */
export function fuzzyMemberships(points: number, grades: readonly FuzzyGradeSetting[]): number[] {
  const order = grades.map((g, i) => ({ peak: g.peak, i })).sort((a, b) => a.peak - b.peak);
  const memberships = new Array<number>(grades.length).fill(0);
  if (order.length === 0) return memberships;
  const low = order[0];
  const high = order[order.length - 1];
  if (points <= low.peak) {
    memberships[low.i] = 1;
    return memberships;
  }
  if (points >= high.peak) {
    memberships[high.i] = 1;
    return memberships;
  }
  for (let k = 1; k < order.length; k++) {
    const upper = order[k];
    if (points <= upper.peak) {
      const lower = order[k - 1];
      const share = (points - lower.peak) / (upper.peak - lower.peak);
      memberships[upper.i] = share;
      memberships[lower.i] = 1 - share;
      break;
    }
  }
  return memberships;
}
