import type { Customer } from "../customer";
import { compareIds } from "../compare-ids";
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
 * form, and the value share of the top 20% of ranked customers (`order` is the shared value order).
 */
export function customerMix(
  customers: readonly Pick<Customer, MixDimension>[],
  values: readonly (number | null)[],
  order: Int32Array,
  topShare: number
): CustomerMix {
  let totalCents = 0;
  for (let k = 0; k < order.length; k++)
    totalCents += Math.round((values[order[k]] as number) * 100);
  const n = customers.length;
  const byDimension = {} as Record<MixDimension, MixGroup[]>;
  for (const dim of MIX_DIMENSIONS) {
    const groups = new Map<string | null, { count: number; cents: number }>();
    for (let i = 0; i < n; i++) {
      const raw = customers[i][dim];
      const key = raw === null || raw.trim() === "" ? null : raw.trim();
      const g = groups.get(key) ?? { count: 0, cents: 0 };
      g.count++;
      const v = values[i];
      if (v !== null) g.cents += Math.round(v * 100);
      groups.set(key, g);
    }
    byDimension[dim] = [...groups.entries()]
      .map(([key, g]) => ({
        key,
        count: g.count,
        countShare: g.count / n,
        value: g.cents / 100,
        valueShare: totalCents > 0 ? g.cents / totalCents : null,
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
