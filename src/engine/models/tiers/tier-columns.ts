import type { Day } from "../../day";
import type { CustomerColumns } from "../customer-columns";
import { numberColumn } from "../customer-columns";
import { ABC_CODES } from "./abc";
import { KEY_FLAGS } from "./key-customers";
import type { LifecycleStatus } from "./lifecycle";
import { PYRAMID_CODES } from "./pyramid";
import type { RelationshipStage } from "./relationship-stage";
import type { CustomerRfm, CustomerTiers } from "./score-tiers";

/** The codes the columns hold, 1-based: 0 is null (ABC_CODES and PYRAMID_CODES beside their models). */
export const LIFECYCLE_CODES: readonly LifecycleStatus[] = [
  "Prospect",
  "Churned",
  "Loyal",
  "Repeat",
  "First-time",
];
export const STAGE_CODES: readonly RelationshipStage[] = [
  "exploration",
  "formation",
  "stability",
  "decline",
];

/**
 * Every customer's tiers as columns, index k being customer k (some 45 bytes a customer, where
 * objects took several hundred). tiersAt builds one customer's CustomerTiers.
 */
export interface TierColumns {
  asOf: Day;
  /** The value measure's figure; NaN = unranked. */
  value: Float64Array;
  /** 0 = null. */
  rank: Int32Array;
  buyerRank: Int32Array;
  /** 1 + index in ABC_CODES; 0 = null. */
  abc: Uint8Array;
  /** NaN = null. */
  cumulativeShare: Float64Array;
  lossMaking: Uint8Array;
  /** 1 + index in PYRAMID_CODES; 0 = null. */
  pyramid: Uint8Array;
  /** 0 = null. */
  breakClass: Int16Array;
  /** Index into KEY_FLAGS. */
  key: Uint8Array;
  /** RFM scores 1-5; r = 0 when the customer has no RFM. */
  r: Uint8Array;
  f: Uint8Array;
  m: Uint8Array;
  /** 1 + index in segmentNames; 0 = no RFM. */
  segment: Uint16Array;
  segmentNames: string[];
  /** 1 + index in LIFECYCLE_CODES; 0 = null. */
  lifecycle: Uint8Array;
  /** 1 + index in STAGE_CODES; 0 = null. */
  stage: Uint8Array;
  /** 0 = null, 1 = false, 2 = true. */
  churnAlert: Uint8Array;
  /** NaN = null. */
  clv: Float64Array;
}

/** Empty columns for n customers (every code 0, every figure NaN). */
export function newTierColumns(n: number, asOf: Day): TierColumns {
  return {
    asOf,
    value: new Float64Array(n).fill(NaN),
    rank: new Int32Array(n),
    buyerRank: new Int32Array(n),
    abc: new Uint8Array(n),
    cumulativeShare: new Float64Array(n).fill(NaN),
    lossMaking: new Uint8Array(n),
    pyramid: new Uint8Array(n),
    breakClass: new Int16Array(n),
    key: new Uint8Array(n),
    r: new Uint8Array(n),
    f: new Uint8Array(n),
    m: new Uint8Array(n),
    segment: new Uint16Array(n),
    segmentNames: [],
    lifecycle: new Uint8Array(n),
    stage: new Uint8Array(n),
    churnAlert: new Uint8Array(n),
    clv: new Float64Array(n).fill(NaN),
  };
}

/** 1 + the index of `value` in `codes`, 0 for null. */
export function codeOf<T>(codes: readonly T[], value: T | null): number {
  return value === null ? 0 : codes.indexOf(value) + 1;
}

/** The combined FM score of the RFM grid: the mean of F and M, rounded up. */
export function fmOf(f: number, m: number): number {
  return Math.floor((f + m + 1) / 2);
}

const orNull = (x: number): number | null => (Number.isNaN(x) ? null : x);
const zeroNull = (x: number): number | null => (x === 0 ? null : x);

/** Customer k's RFM: the scores from the columns, the inputs from the customer's own fields. */
function rfmAt(customers: CustomerColumns, t: TierColumns, k: number): CustomerRfm | null {
  const r = t.r[k];
  if (r === 0) return null;
  const f = t.f[k];
  const m = t.m[k];
  return {
    r,
    f,
    m,
    fm: fmOf(f, m),
    segment: t.segmentNames[t.segment[k] - 1],
    recency: t.asOf - numberColumn(customers, "last_purchase")[k],
    frequency: numberColumn(customers, "orders")[k],
    monetary: numberColumn(customers, "sales_amount")[k],
  };
}

/** Customer k's tiers as one object (the shape scoreTiers has always given). */
export function tiersAt(customers: CustomerColumns, t: TierColumns, k: number): CustomerTiers {
  const abc = t.abc[k];
  const pyramid = t.pyramid[k];
  const lifecycle = t.lifecycle[k];
  const stage = t.stage[k];
  const churn = t.churnAlert[k];
  return {
    customer_id: customers.ids[k],
    row: customers.rows[k],
    value: orNull(t.value[k]),
    rank: zeroNull(t.rank[k]),
    buyerRank: zeroNull(t.buyerRank[k]),
    abc: abc === 0 ? null : ABC_CODES[abc - 1],
    cumulativeShare: orNull(t.cumulativeShare[k]),
    lossMaking: t.lossMaking[k] === 1,
    pyramid: pyramid === 0 ? null : PYRAMID_CODES[pyramid - 1],
    breakClass: zeroNull(t.breakClass[k]),
    key: KEY_FLAGS[t.key[k]],
    rfm: rfmAt(customers, t, k),
    lifecycle: lifecycle === 0 ? null : LIFECYCLE_CODES[lifecycle - 1],
    stage: stage === 0 ? null : STAGE_CODES[stage - 1],
    churnAlert: churn === 0 ? null : churn === 2,
    clv: orNull(t.clv[k]),
  };
}
