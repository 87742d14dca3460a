import { shareCount } from "./share-count";
import type { TierSettings } from "./tier-settings";

export type PyramidLevel = "VIP" | "Major" | "Ordinary" | "Small" | "Prospect";

export interface PyramidResult {
  /** Per customer; null = a buyer without a value (unranked). */
  levelOf: (PyramidLevel | null)[];
  /** Per customer: 1-based rank among ranked buyers, 0 when not ranked. */
  buyerRank: Int32Array;
  /** Number of ranked buyers (N). */
  buyers: number;
  /** Cumulative rank cut-offs: VIP = ranks 1..vip, Major = ..major, Ordinary = ..ordinary. */
  cutoffs: { vip: number; major: number; ordinary: number };
  counts: Record<PyramidLevel, number>;
}

/**
 * The customer pyramid over the shared value order: buyers only, VIP = ranks up to ceil(1% N)
 * (at least one), Major up to ceil(5% N), Ordinary up to ceil(20% N), Small the rest; customers
 * with no purchase are Prospect whatever their value.
 */
export function pyramidLevels(
  order: Int32Array,
  noPurchase: ArrayLike<boolean | number>,
  settings: TierSettings["pyramid"]
): PyramidResult {
  const n = noPurchase.length;
  const levelOf: (PyramidLevel | null)[] = new Array<PyramidLevel | null>(n).fill(null);
  const buyerRank = new Int32Array(n);
  const counts: Record<PyramidLevel, number> = {
    VIP: 0,
    Major: 0,
    Ordinary: 0,
    Small: 0,
    Prospect: 0,
  };
  for (let i = 0; i < n; i++) {
    if (noPurchase[i]) {
      levelOf[i] = "Prospect";
      counts.Prospect++;
    }
  }
  let buyers = 0;
  for (let k = 0; k < order.length; k++) if (!noPurchase[order[k]]) buyers++;
  const vip = buyers > 0 ? Math.max(1, shareCount(settings.vipShare, buyers)) : 0;
  const major = Math.max(vip, shareCount(settings.majorShare, buyers));
  const ordinary = Math.max(major, shareCount(settings.ordinaryShare, buyers));
  let rank = 0;
  for (let k = 0; k < order.length; k++) {
    const i = order[k];
    if (noPurchase[i]) continue;
    rank++;
    buyerRank[i] = rank;
    const level: PyramidLevel =
      rank <= vip ? "VIP" : rank <= major ? "Major" : rank <= ordinary ? "Ordinary" : "Small";
    levelOf[i] = level;
    counts[level]++;
  }
  return { levelOf, buyerRank, buyers, cutoffs: { vip, major, ordinary }, counts };
}
