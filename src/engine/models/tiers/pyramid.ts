import { shareCount } from "./share-count";
import type { TierSettings } from "./tier-settings";

export type PyramidLevel = "VIP" | "Major" | "Ordinary" | "Small" | "Prospect";

/** The levels as codes are 1-based: code c is PYRAMID_CODES[c - 1], 0 is a buyer without a value. */
export const PYRAMID_CODES: readonly PyramidLevel[] = [
  "VIP",
  "Major",
  "Ordinary",
  "Small",
  "Prospect",
];
const VIP = 1;
const MAJOR = 2;
const ORDINARY = 3;
const SMALL = 4;
const PROSPECT = 5;

export interface PyramidResult {
  /** Per customer: 1 + the level's index in PYRAMID_CODES; 0 = a buyer without a value (unranked). */
  levelOf: Uint8Array;
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
  const levelOf = new Uint8Array(n);
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
      levelOf[i] = PROSPECT;
      counts.Prospect++;
    }
  }
  let buyers = 0;
  for (let k = 0; k < order.length; k++) if (!noPurchase[order[k]]) buyers++;
  const vip = buyers > 0 ? Math.max(1, shareCount(settings.vipShare, buyers)) : 0;
  const major = Math.max(vip, shareCount(settings.majorShare, buyers));
  const ordinary = Math.max(major, shareCount(settings.ordinaryShare, buyers));
  // Buyers counted by code (index 0 unused), then named once.
  const byCode = [0, 0, 0, 0, 0];
  let rank = 0;
  for (let k = 0; k < order.length; k++) {
    const i = order[k];
    if (noPurchase[i]) continue;
    rank++;
    buyerRank[i] = rank;
    const level = rank <= vip ? VIP : rank <= major ? MAJOR : rank <= ordinary ? ORDINARY : SMALL;
    levelOf[i] = level;
    byCode[level]++;
  }
  counts.VIP = byCode[VIP];
  counts.Major = byCode[MAJOR];
  counts.Ordinary = byCode[ORDINARY];
  counts.Small = byCode[SMALL];
  return { levelOf, buyerRank, buyers, cutoffs: { vip, major, ordinary }, counts };
}
