import { pairChiSquare } from "./chi-square";
import type { Bin } from "./types";

/** The chi-square below which two adjacent bins merge: p = 0.10 at 1 degree of freedom. */
export const CHI_THRESHOLD = 2.706;
/** At most this many bins survive the first phase. */
export const MAX_BINS = 8;
/** A bin must hold at least this share of the rows (and a good and a bad) after the second phase. */
export const MIN_BIN_SHARE = 0.05;

function merged(left: Bin, right: Bin): Bin {
  return {
    lower: left.lower,
    upper: right.upper,
    levels: left.levels.concat(right.levels),
    missing: false,
    goods: left.goods + right.goods,
    bads: left.bads + right.bads,
  };
}

function chiOf(bins: readonly Bin[], left: number): number {
  const a = bins[left];
  const b = bins[left + 1];
  return pairChiSquare(a.goods, a.bads, b.goods, b.bads);
}

/** Merges bins[left] and bins[left + 1] in place. */
function mergeAt(bins: Bin[], left: number): void {
  bins.splice(left, 2, merged(bins[left], bins[left + 1]));
}

/**
 * ChiMerge of domain.md §5 on the ordered bins (the missing bin is never among them). Phase 1:
 * while there are more than 8 bins or the smallest adjacent chi-square is below 2.706, merge the
 * pair with the smallest (ties: the leftmost). Phase 2, stopping at 2 bins: while a bin holds
 * fewer than 5% of `rows` (every row used, missing ones included) or lacks a good or a bad, merge
 * the leftmost such bin with the neighbour whose pair has the smaller chi-square (ties: the left
 * one). Returns new bins; the input is left as it was.
 */
export function chiMerge(input: readonly Bin[], rows: number): Bin[] {
  const bins = input.map((b) => ({ ...b, levels: b.levels.slice() }));
  while (bins.length > 1) {
    let best = 0;
    let bestChi = chiOf(bins, 0);
    for (let i = 1; i < bins.length - 1; i++) {
      const chi = chiOf(bins, i);
      if (chi < bestChi) {
        best = i;
        bestChi = chi;
      }
    }
    if (bins.length <= MAX_BINS && bestChi >= CHI_THRESHOLD) break;
    mergeAt(bins, best);
  }
  const tooSmall = (b: Bin) =>
    b.goods + b.bads < MIN_BIN_SHARE * rows || b.goods === 0 || b.bads === 0;
  while (bins.length > 2) {
    const i = bins.findIndex(tooSmall);
    if (i < 0) break;
    if (i === 0) mergeAt(bins, 0);
    else if (i === bins.length - 1) mergeAt(bins, i - 1);
    else mergeAt(bins, chiOf(bins, i) < chiOf(bins, i - 1) ? i : i - 1);
  }
  return bins;
}
