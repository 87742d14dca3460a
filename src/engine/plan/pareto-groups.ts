import type { ScoreRun } from "../score-workbook";

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
  // From the tier columns: ranks are 1..n, one per ranked customer (score-tiers.ts), so customer k
  // goes to place rank - 1 with no sort and no object per customer.
  const { rank, value } = run.customers.tiers;
  const ids = run.customers.inputs.ids;
  let n = 0;
  for (let k = 0; k < rank.length; k++) if (rank[k] > 0) n++;
  const byRank = new Int32Array(n);
  for (let k = 0; k < rank.length; k++) if (rank[k] > 0) byRank[rank[k] - 1] = k;
  const total = run.tiers.totals.totalValue;
  const share = (cumulative: number) => (total > 0 ? cumulative / total : 0);
  const groups: ParetoGroup[] = [];
  let cumulative = 0;
  if (n <= SINGLE_LIMIT) {
    for (const k of byRank) {
      cumulative += value[k];
      groups.push({ label: ids[k], value: value[k], cumulativeShare: share(cumulative) });
    }
    return groups;
  }
  for (let g = 0; g < GROUPS; g++) {
    const from = Math.floor((g * n) / GROUPS);
    const to = Math.floor(((g + 1) * n) / GROUPS);
    let sum = 0;
    for (let i = from; i < to; i++) sum += value[byRank[i]];
    cumulative += sum;
    groups.push({
      label: `${g * 5}-${(g + 1) * 5}%`,
      value: sum,
      cumulativeShare: share(cumulative),
    });
  }
  return groups;
}
