import type { Bin, CategoricalVariable, NumericVariable, ScorecardVariable } from "./types";

/** A variable's starting bins: the ordered bins ChiMerge works on, and the missing values' own bin. */
export interface PreBins {
  bins: Bin[];
  /** Null when no row used has a missing value. */
  missing: Bin | null;
}

function emptyBin(lower: number, upper: number, levels: number[], missing: boolean): Bin {
  return { lower, upper, levels, missing, goods: 0, bads: 0 };
}

/** Counts the row into a bin: target 1 is bad (default), anything else good. */
function count(bin: Bin, bad: number): void {
  if (bad === 1) bin.bads++;
  else bin.goods++;
}

/**
 * The distinct type-7 quantiles 0.02 ... 0.98 of the sorted values: the pre-bins' cut points. The
 * position h = (n - 1) k / 50 is computed as an integer product divided once, so a whole position
 * stays whole: (n - 1) x 0.56 gives 28.000000000000004 for n = 51, a cut a hair above the value 29
 * that would move every 29 into the bin below.
 */
export function quantileCuts(sorted: Float64Array): number[] {
  const cuts: number[] = [];
  const n = sorted.length;
  for (let k = 1; k <= 49; k++) {
    const h = ((n - 1) * k) / 50;
    const lower = Math.floor(h);
    const cut =
      h === lower ? sorted[h] : sorted[lower] + (h - lower) * (sorted[lower + 1] - sorted[lower]);
    if (cuts.length === 0 || cut > cuts[cuts.length - 1]) cuts.push(cut);
  }
  return cuts;
}

/** How many cuts are <= value: the index of value's bin among [-inf, c1), [c1, c2), ..., [ck, inf). */
function binIndex(cuts: readonly number[], value: number): number {
  let lo = 0;
  let hi = cuts.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (cuts[mid] <= value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function numericPreBins(variable: NumericVariable, target: Uint8Array, rows: Int32Array): PreBins {
  let present = 0;
  for (const r of rows) if (!Number.isNaN(variable.values[r])) present++;
  const sorted = new Float64Array(present);
  let k = 0;
  for (const r of rows) if (!Number.isNaN(variable.values[r])) sorted[k++] = variable.values[r];
  sorted.sort();
  const cuts = present > 0 ? quantileCuts(sorted) : [];
  const edges = [-Infinity, ...cuts, Infinity];
  const all = cuts.length + 1;
  const bins = Array.from({ length: all }, (_, i) => emptyBin(edges[i], edges[i + 1], [], false));
  let missing: Bin | null = null;
  for (const r of rows) {
    const value = variable.values[r];
    if (Number.isNaN(value)) {
      missing ??= emptyBin(NaN, NaN, [], true);
      count(missing, target[r]);
    } else {
      count(bins[binIndex(cuts, value)], target[r]);
    }
  }
  // An empty bin is dropped; its range goes to the next bin (the last one's to the one before), so
  // that the bins still cover every number a customer file may hold.
  const kept: Bin[] = [];
  let pendingLower: number | null = null;
  for (const bin of bins) {
    if (bin.goods + bin.bads === 0) {
      pendingLower ??= bin.lower;
      continue;
    }
    if (pendingLower !== null) bin.lower = pendingLower;
    pendingLower = null;
    kept.push(bin);
  }
  if (pendingLower !== null && kept.length > 0) kept[kept.length - 1].upper = Infinity;
  return { bins: kept, missing };
}

function categoricalPreBins(
  variable: CategoricalVariable,
  target: Uint8Array,
  rows: Int32Array
): PreBins {
  const byLevel = variable.levels.map((_, i) => emptyBin(NaN, NaN, [i], false));
  let missing: Bin | null = null;
  for (const r of rows) {
    const code = variable.codes[r];
    if (code < 0) {
      missing ??= emptyBin(NaN, NaN, [], true);
      count(missing, target[r]);
    } else {
      count(byLevel[code], target[r]);
    }
  }
  const rate = (b: Bin) => b.bads / (b.goods + b.bads);
  const bins = byLevel
    .filter((b) => b.goods + b.bads > 0)
    .sort((a, b) => {
      const byRate = rate(a) - rate(b);
      if (byRate !== 0) return byRate;
      const x = variable.levels[a.levels[0]];
      const y = variable.levels[b.levels[0]];
      return x < y ? -1 : x > y ? 1 : 0;
    });
  return { bins, missing };
}

/**
 * Pre-bins of domain.md §5 over the given rows. Numeric: cut points at the distinct type-7
 * quantiles 0.02 ... 0.98 of the non-missing values, bins [cut_i, cut_i+1) open at both ends, empty
 * bins dropped. Categorical: one bin per value, by bad rate ascending, ties by value (code points).
 * Missing values form a bin of their own.
 */
export function preBins(
  variable: ScorecardVariable,
  target: Uint8Array,
  rows: Int32Array
): PreBins {
  return variable.kind === "numeric"
    ? numericPreBins(variable, target, rows)
    : categoricalPreBins(variable, target, rows);
}
