import type { ScoreRun } from "../score-workbook";
import { filterScoredCustomers } from "../scored-customers";

export interface ParetoGroup {
  label: string;
  value: number;
  /** Cumulative share of the net total up to and including this group. */
  cumulativeShare: number;
}

/** Up to this many ranked customers the Pareto chart shows each one; beyond, groups of 5%. */
const SINGLE_LIMIT = 30;
const GROUPS = 20;

/**
 * The Pareto chart's columns: customers by value, largest first. A chart of thousands of columns says
 * nothing, so larger files are shown as twenty groups of 5% of the ranked customers each ("0-5%").
 */
export function paretoGroups(run: ScoreRun): ParetoGroup[] {
  const ranked = filterScoredCustomers(run, (c) => c.tiers.rank !== null).sort(
    (a, b) => a.tiers.rank! - b.tiers.rank!
  );
  const total = run.tiers.totals.totalValue;
  const share = (cumulative: number) => (total > 0 ? cumulative / total : 0);
  const n = ranked.length;
  const groups: ParetoGroup[] = [];
  let cumulative = 0;
  if (n <= SINGLE_LIMIT) {
    for (const c of ranked) {
      cumulative += c.tiers.value!;
      groups.push({
        label: c.customer.customer_id,
        value: c.tiers.value!,
        cumulativeShare: share(cumulative),
      });
    }
    return groups;
  }
  for (let g = 0; g < GROUPS; g++) {
    const from = Math.floor((g * n) / GROUPS);
    const to = Math.floor(((g + 1) * n) / GROUPS);
    let value = 0;
    for (let i = from; i < to; i++) value += ranked[i].tiers.value!;
    cumulative += value;
    groups.push({ label: `${g * 5}-${(g + 1) * 5}%`, value, cumulativeShare: share(cumulative) });
  }
  return groups;
}
