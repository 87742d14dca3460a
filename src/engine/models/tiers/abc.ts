import type { TierSettings } from "./tier-settings";

export type AbcClass = "A" | "B" | "C";

/** The classes as codes are 1-based: code c is ABC_CODES[c - 1], 0 is unranked. */
export const ABC_CODES: readonly AbcClass[] = ["A", "B", "C"];
const A = 1;
const B = 2;
const C = 3;

export interface AbcResult {
  /** Per customer (input order): 1 + the class's index in ABC_CODES; 0 = unranked. */
  classOf: Uint8Array;
  /** Per customer: 1 when value <= 0 (domain.md §4). */
  lossMaking: Uint8Array;
  /** Per customer: cumulative share of the net total after this customer (NaN when unranked or total <= 0). */
  cumulativeShare: Float64Array;
  /** The net total (loss-makers included), in integer cents. */
  totalCents: number;
  /** True when the net total is <= 0 and everyone is C. */
  totalNotPositive: boolean;
  counts: Record<AbcClass, number>;
  /** Each class's share of the net total; null when the total is <= 0. */
  valueShares: Record<AbcClass, number | null>;
}

/** Exact ceil(share x total) for integer cents, since share x total in floating point may miss 80% exactly. */
function limitCents(share: number, totalCents: number): number {
  // Past 2^53 cents (or an overflow to Infinity/NaN from values near 1e308) BigInt cannot take the
  // total and cents are no longer exact anyway: floating point is the best there is.
  if (!Number.isSafeInteger(totalCents)) return Math.ceil(share * totalCents);
  const millionths = BigInt(Math.round(share * 1_000_000));
  const product = millionths * BigInt(totalCents);
  const q = product / 1_000_000n;
  return Number(q * 1_000_000n === product ? q : q + 1n);
}

/**
 * ABC / Pareto classes over the shared value order: A if the cumulative share before the customer
 * is below aShare (the customer crossing 80% is A), B if below bShare, else C. Sums run in integer
 * cents of the net total; value <= 0 is C and loss-making; a total <= 0 makes everyone C.
 */
export function abcClasses(
  values: ArrayLike<number | null>,
  order: Int32Array,
  settings: TierSettings["abc"]
): AbcResult {
  const n = values.length;
  const classOf = new Uint8Array(n);
  const lossMaking = new Uint8Array(n);
  const cumulativeShare = new Float64Array(n).fill(NaN);
  const cents = new Float64Array(order.length);
  let totalCents = 0;
  for (let k = 0; k < order.length; k++) {
    cents[k] = Math.round((values[order[k]] as number) * 100);
    totalCents += cents[k];
  }
  // By code (index 0 unused): a million customers counted without a keyed store each.
  const counts = [0, 0, 0, 0];
  const sums = [0, 0, 0, 0];
  const totalNotPositive = totalCents <= 0;
  const aLimit = totalNotPositive ? 0 : limitCents(settings.aShare, totalCents);
  const bLimit = totalNotPositive ? 0 : limitCents(settings.bShare, totalCents);
  let before = 0;
  for (let k = 0; k < order.length; k++) {
    const i = order[k];
    const c = cents[k];
    let cls: number;
    if (c <= 0 || totalNotPositive) cls = C;
    else if (before < aLimit) cls = A;
    else if (before < bLimit) cls = B;
    else cls = C;
    classOf[i] = cls;
    lossMaking[i] = c <= 0 ? 1 : 0;
    counts[cls]++;
    sums[cls] += c;
    before += c;
    if (!totalNotPositive) cumulativeShare[i] = before / totalCents;
  }
  const share = (s: number): number | null => (totalNotPositive ? null : s / totalCents);
  return {
    classOf,
    lossMaking,
    cumulativeShare,
    totalCents,
    totalNotPositive,
    counts: { A: counts[A], B: counts[B], C: counts[C] },
    valueShares: { A: share(sums[A]), B: share(sums[B]), C: share(sums[C]) },
  };
}
