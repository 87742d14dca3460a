import type { Day } from "../../day";
import type { Customer } from "../customer";
import { abcClasses, type AbcClass } from "./abc";
import { churnAlertByRule } from "./churn-alert-by-rule";
import { customerLifetimeValue } from "./clv";
import { keyCustomer, type KeyCustomerFlags } from "./key-customers";
import { lifecycleStatus, type LifecycleStatus } from "./lifecycle";
import { customerMix, type CustomerMix } from "./mix";
import { naturalBreaks, type NaturalClass } from "./natural-breaks";
import { hasNoPurchase } from "./no-purchase";
import { pyramidLevels, type PyramidLevel } from "./pyramid";
import { relationshipStage, type RelationshipStage } from "./relationship-stage";
import { rfmInput } from "./rfm";
import { rfmBreaks } from "./rfm-breaks";
import { rfmScore } from "./rfm-score";
import { rfmSegment } from "./rfm-segment";
import { shareCount } from "./share-count";
import { DEFAULT_TIER_SETTINGS, type RfmMethod, type TierSettings } from "./tier-settings";
import { valueMeasure, type ValueMeasure } from "./value-measure";
import { orderByValue } from "./value-order";

export interface CustomerRfm {
  r: number;
  f: number;
  m: number;
  /** Round half up of (F + M) / 2, the grid's column. */
  fm: number;
  segment: string;
  /** Calendar days since the last purchase (negative when after the as-of date). */
  recency: number;
  frequency: number;
  monetary: number;
}

/** One customer's tiers; every field is null when the customer cannot be placed. */
export interface CustomerTiers {
  customer_id: string;
  row: number;
  /** The value measure's figure; null = unranked. */
  value: number | null;
  /** 1-based rank among all customers with a value (ABC order). */
  rank: number | null;
  /** 1-based rank among buyers with a value (pyramid and high-value order). */
  buyerRank: number | null;
  abc: AbcClass | null;
  /** Cumulative share of the net total up to and including this customer. */
  cumulativeShare: number | null;
  lossMaking: boolean;
  pyramid: PyramidLevel | null;
  /** Natural-breaks class, 1 = lowest. */
  breakClass: number | null;
  key: KeyCustomerFlags;
  rfm: CustomerRfm | null;
  lifecycle: LifecycleStatus | null;
  stage: RelationshipStage | null;
  churnAlert: boolean | null;
  clv: number | null;
}

export type TierWarningCode =
  /** No value column holds data: no ABC, pyramid, breaks, key value flags or CLV. */
  | "no-value-measure"
  /** The net total is <= 0: everyone is C. */
  | "abc-total-not-positive"
  /** Some customers have no figure for the measure and are unranked ({ count }). */
  | "unranked-customers"
  /** Nobody has the recency, orders and sales RFM needs. */
  | "no-rfm-customers"
  /** Fewer distinct values than natural-break classes ({ classes, used }). */
  | "natural-breaks-fewer-classes"
  /** Every customer is a prospect. */
  | "no-buyers"
  /** Churn rule "p-alive": buyers without a P(alive) kept the gap rule ({ count }). */
  | "churn-gap-rule-kept";

export interface TierWarning {
  code: TierWarningCode;
  params: Record<string, string | number>;
}

export interface TierSummary {
  asOf: Day;
  valueMeasure: ValueMeasure;
  totals: {
    customers: number;
    /** Customers with a value. */
    ranked: number;
    /** Buyers with a value (the pyramid's N). */
    rankedBuyers: number;
    prospects: number;
    /** The net total of values (loss-makers included). */
    totalValue: number;
    lossMaking: number;
    rfmScored: number;
  };
  abc: { counts: Record<AbcClass, number>; valueShares: Record<AbcClass, number | null> };
  pyramid: {
    counts: Record<PyramidLevel, number>;
    cutoffs: { vip: number; major: number; ordinary: number };
  };
  naturalBreaks: NaturalClass[];
  keyCustomers: { highValueCutoff: number; highValue: number; influential: number; both: number };
  rfmMethod: RfmMethod;
  /** The breaks used, ascending; null when nobody has RFM. */
  rfmBreaks: { r: number[]; f: number[]; m: number[] } | null;
  segments: Record<string, number>;
  lifecycle: Record<LifecycleStatus, number>;
  stages: Record<RelationshipStage, number>;
  churnAlerts: number;
  mix: CustomerMix;
  warnings: TierWarning[];
}

export interface TierResult {
  /** In input order. */
  customers: CustomerTiers[];
  summary: TierSummary;
}

/**
 * Every tier model over one file's customers (domain.md §4, §8): value measure, ABC, pyramid,
 * natural breaks, key customers, RFM, lifecycle, relationship stage, churn alert, CLV and mix.
 * One sort by value is shared by every ranking model; nothing is quadratic. `pAlive` (per customer,
 * NaN where unknown) is the fitted BG/NBD's, which churn rule "p-alive" alerts on.
 */
export function scoreTiers(
  customers: readonly Customer[],
  fieldsPresent: ReadonlySet<string> | readonly string[],
  asOf: Day,
  settings: TierSettings = DEFAULT_TIER_SETTINGS,
  pAlive: Float64Array | null = null
): TierResult {
  const n = customers.length;
  const warnings: TierWarning[] = [];
  const { measure, values } = valueMeasure(customers, fieldsPresent);
  const ids = customers.map((c) => c.customer_id);
  const order = orderByValue(values, ids);
  if (measure === "none") warnings.push({ code: "no-value-measure", params: {} });
  else if (order.length < n)
    warnings.push({ code: "unranked-customers", params: { count: n - order.length } });

  const noPurchase = new Uint8Array(n);
  let prospects = 0;
  for (let i = 0; i < n; i++) {
    if (hasNoPurchase(customers[i])) {
      noPurchase[i] = 1;
      prospects++;
    }
  }
  if (n > 0 && prospects === n) warnings.push({ code: "no-buyers", params: {} });

  const abc = abcClasses(values, order, settings.abc);
  if (measure !== "none" && abc.totalNotPositive && order.length > 0) {
    warnings.push({ code: "abc-total-not-positive", params: { total: abc.totalCents / 100 } });
  }
  const rank = new Int32Array(n);
  for (let k = 0; k < order.length; k++) rank[order[k]] = k + 1;
  const pyramid = pyramidLevels(order, noPurchase, settings.pyramid);

  const ascending = new Float64Array(order.length);
  for (let k = 0; k < order.length; k++)
    ascending[k] = values[order[order.length - 1 - k]] as number;
  const breaks = naturalBreaks(values, settings.naturalBreaks.classes, ascending);
  if (breaks.classes.length > 0 && breaks.classes.length < settings.naturalBreaks.classes) {
    warnings.push({
      code: "natural-breaks-fewer-classes",
      params: { classes: settings.naturalBreaks.classes, used: breaks.classes.length },
    });
  }
  const highValueCutoff = shareCount(settings.keyCustomers.highValueShare, pyramid.buyers);

  // RFM: inputs into typed columns first, then breaks over everyone eligible, then scores.
  const rfmRow = new Int32Array(n).fill(-1);
  const rs = new Float64Array(n);
  const fs = new Float64Array(n);
  const ms = new Float64Array(n);
  let eligible = 0;
  for (let i = 0; i < n; i++) {
    const x = rfmInput(customers[i], asOf);
    if (!x) continue;
    rfmRow[i] = eligible;
    rs[eligible] = x.recency;
    fs[eligible] = x.frequency;
    ms[eligible] = x.monetary;
    eligible++;
  }
  // A typed array sorts numerically without a comparator.
  const sortedColumn = (t: Float64Array): Float64Array => t.slice(0, eligible).sort();
  const { method, probabilities, explicitBreaks } = settings.rfm;
  const rfmBreaksUsed =
    eligible === 0
      ? null
      : {
          r: rfmBreaks(sortedColumn(rs), method, probabilities, explicitBreaks.r),
          f: rfmBreaks(sortedColumn(fs), method, probabilities, explicitBreaks.f),
          m: rfmBreaks(sortedColumn(ms), method, probabilities, explicitBreaks.m),
        };
  if (eligible === 0) warnings.push({ code: "no-rfm-customers", params: {} });

  const segments: Record<string, number> = {};
  const lifecycle: Record<LifecycleStatus, number> = {
    Prospect: 0,
    Churned: 0,
    Loyal: 0,
    Repeat: 0,
    "First-time": 0,
  };
  const stages: Record<RelationshipStage, number> = {
    exploration: 0,
    formation: 0,
    stability: 0,
    decline: 0,
  };
  const keyCounts = { highValueCutoff, highValue: 0, influential: 0, both: 0 };
  let churnAlerts = 0;
  let gapRuleKept = 0;
  let lossMaking = 0;
  const out = new Array<CustomerTiers>(n);
  for (let i = 0; i < n; i++) {
    const c = customers[i];
    const j = rfmRow[i];
    let rfm: CustomerRfm | null = null;
    if (j >= 0 && rfmBreaksUsed) {
      const recency = rs[j];
      const frequency = fs[j];
      const monetary = ms[j];
      const r = rfmScore(recency, rfmBreaksUsed.r, "lower-better");
      const f = rfmScore(frequency, rfmBreaksUsed.f, "higher-better");
      const m = rfmScore(monetary, rfmBreaksUsed.m, "higher-better");
      const segment = rfmSegment(r, f, m, settings.rfm);
      segments[segment] = (segments[segment] ?? 0) + 1;
      rfm = { r, f, m, fm: Math.floor((f + m + 1) / 2), segment, recency, frequency, monetary };
    }
    const status = lifecycleStatus(c, asOf, settings.lifecycle);
    if (status) lifecycle[status]++;
    const churn = churnAlertByRule(c, asOf, settings.churnAlert, pAlive ? pAlive[i] : NaN);
    const alert = churn.alert;
    if (alert) churnAlerts++;
    if (settings.churnAlert.rule === "p-alive" && !churn.usedPAlive && alert !== null)
      gapRuleKept++;
    const stage = relationshipStage(status, alert);
    if (stage) stages[stage]++;
    const key = keyCustomer(
      pyramid.buyerRank[i],
      highValueCutoff,
      c.influence,
      settings.keyCustomers.influenceMin
    );
    if (key.highValue) keyCounts.highValue++;
    if (key.influential) keyCounts.influential++;
    if (key.kind === "both") keyCounts.both++;
    if (abc.lossMaking[i]) lossMaking++;
    const clv = customerLifetimeValue(values[i], c, asOf, settings.clv);
    const share = abc.cumulativeShare[i];
    out[i] = {
      customer_id: c.customer_id,
      row: c.row,
      value: values[i],
      rank: rank[i] || null,
      buyerRank: pyramid.buyerRank[i] || null,
      abc: abc.classOf[i],
      cumulativeShare: Number.isNaN(share) ? null : share,
      lossMaking: abc.lossMaking[i],
      pyramid: pyramid.levelOf[i],
      breakClass: breaks.classOf[i] || null,
      key,
      rfm,
      lifecycle: status,
      stage,
      churnAlert: alert,
      clv: clv ? clv.clv : null,
    };
  }

  if (gapRuleKept > 0)
    warnings.push({ code: "churn-gap-rule-kept", params: { count: gapRuleKept } });

  return {
    customers: out,
    summary: {
      asOf,
      valueMeasure: measure,
      totals: {
        customers: n,
        ranked: order.length,
        rankedBuyers: pyramid.buyers,
        prospects,
        totalValue: abc.totalCents / 100,
        lossMaking,
        rfmScored: eligible,
      },
      abc: { counts: abc.counts, valueShares: abc.valueShares },
      pyramid: { counts: pyramid.counts, cutoffs: pyramid.cutoffs },
      naturalBreaks: breaks.classes,
      keyCustomers: keyCounts,
      rfmMethod: method,
      rfmBreaks: rfmBreaksUsed,
      segments,
      lifecycle,
      stages,
      churnAlerts,
      mix: customerMix(customers, values, order, settings.mix.topShare),
      warnings,
    },
  };
}
