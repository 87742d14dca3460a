export type KeyCustomerKind = "both" | "high-value" | "influential";

export interface KeyCustomerFlags {
  highValue: boolean;
  influential: boolean;
  /** 双料 / 高价值 / 重点, or null for neither. */
  kind: KeyCustomerKind | null;
}

/** The four possible flags, shared: index (highValue ? 2 : 0) + (influential ? 1 : 0). */
export const KEY_FLAGS: readonly KeyCustomerFlags[] = [
  Object.freeze({ highValue: false, influential: false, kind: null }),
  Object.freeze({ highValue: false, influential: true, kind: "influential" }),
  Object.freeze({ highValue: true, influential: false, kind: "high-value" }),
  Object.freeze({ highValue: true, influential: true, kind: "both" }),
];

/**
 * Key-customer flags (关键客户): high-value = buyer rank within the top share (1..highValueCutoff,
 * VIP + Major + Ordinary at the defaults), influential = influence at or above influenceMin.
 * `buyerRank` is 1-based, 0 for unranked; the cutoff is shareCount(highValueShare, buyers).
 */
export function keyCustomer(
  buyerRank: number,
  highValueCutoff: number,
  influence: number | null,
  influenceMin: number
): KeyCustomerFlags {
  const highValue = buyerRank > 0 && buyerRank <= highValueCutoff;
  const influential = influence !== null && influence >= influenceMin;
  // Four possible answers, shared, so a million customers do not make a million flag objects.
  return KEY_FLAGS[(highValue ? 2 : 0) + (influential ? 1 : 0)];
}
