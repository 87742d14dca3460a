import { compareIds } from "../compare-ids";
import { hasValue } from "./has-value";
import { shareCount } from "./share-count";

export type MixDimension = "region" | "industry" | "sales_rep" | "legal_form";

export const MIX_DIMENSIONS: readonly MixDimension[] = [
  "region",
  "industry",
  "sales_rep",
  "legal_form",
];

export interface MixGroup {
  /** The field's value; null for customers who left it empty. */
  key: string | null;
  count: number;
  countShare: number;
  /** Sum of the group's values (unranked customers add nothing). */
  value: number;
  /** Share of the net total; null when the net total is <= 0. */
  valueShare: number | null;
}

export interface CustomerMix {
  /** Groups by value, largest first, then by count, then by key. */
  byDimension: Record<MixDimension, MixGroup[]>;
  /** How many customers the top share covers (ceil(20% of ranked customers)). */
  topCount: number;
  /** The share of the net total those top customers hold; null when there is none. */
  topValueShare: number | null;
}

/** Empty keys last, others by code points (locale-independent, so results are reproducible). */
const compareKeys = (a: string | null, b: string | null): number =>
  a === null ? (b === null ? 0 : 1) : b === null ? -1 : compareIds(a, b);

/**
 * Customer mix (客户构成): count and value share by region, industry, account manager and legal
 * form (`valueOf` gives customer i's field), and the value share of the top 20% of ranked customers (`order` is the shared value order).
 */
export function customerMix(
  n: number,
  valueOf: (dimension: MixDimension, i: number) => string | null,
  values: ArrayLike<number | null>,
  order: Int32Array,
  topShare: number
): CustomerMix {
  let totalCents = 0;
  for (let k = 0; k < order.length; k++)
    totalCents += Math.round((values[order[k]] as number) * 100);
  // Each customer's cents once, for all four dimensions (0 for unranked customers, who add nothing).
  const cents = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const v = values[i];
    if (hasValue(v)) cents[i] = Math.round(v * 100);
  }
  const byDimension = {} as Record<MixDimension, MixGroup[]>;
  for (const dim of MIX_DIMENSIONS) {
    // Groups in order of first appearance; the map only finds a key's group.
    const groupOf = new Map<string | null, number>();
    const keys: (string | null)[] = [];
    const counts: number[] = [];
    const sums: number[] = [];
    for (let i = 0; i < n; i++) {
      const raw = valueOf(dim, i);
      const trimmed = raw === null ? "" : raw.trim();
      const key = trimmed === "" ? null : trimmed;
      let g = groupOf.get(key);
      if (g === undefined) {
        g = keys.length;
        groupOf.set(key, g);
        keys.push(key);
        counts.push(0);
        sums.push(0);
      }
      counts[g]++;
      sums[g] += cents[i];
    }
    byDimension[dim] = keys
      .map((key, g) => ({
        key,
        count: counts[g],
        countShare: counts[g] / n,
        value: sums[g] / 100,
        valueShare: totalCents > 0 ? sums[g] / totalCents : null,
      }))
      .sort((a, b) => b.value - a.value || b.count - a.count || compareKeys(a.key, b.key));
  }
  const topCount = shareCount(topShare, order.length);
  let topCents = 0;
  for (let k = 0; k < topCount; k++) topCents += Math.round((values[order[k]] as number) * 100);
  return {
    byDimension,
    topCount,
    topValueShare: totalCents > 0 && topCount > 0 ? topCents / totalCents : null,
  };
}
