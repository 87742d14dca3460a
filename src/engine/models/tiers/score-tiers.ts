import type { Day } from "../../day";
import type { Customer } from "../customer";
import {
  customerColumnsFromObjects,
  customerValue,
  numberColumn,
  type CustomerColumns,
} from "../customer-columns";
import { abcClasses, type AbcClass } from "./abc";
import { churnAlertOf } from "./churn-alert";
import { decidesByPAlive } from "./churn-alert-by-rule";
import { clvOf } from "./clv";
import { keyCustomer, type KeyCustomerFlags } from "./key-customers";
import { lifecycleOf, type LifecycleStatus } from "./lifecycle";
import { customerMix, type CustomerMix } from "./mix";
import { naturalBreaks, type NaturalClass } from "./natural-breaks";
import { noPurchaseOf } from "./no-purchase";
import { pyramidLevels, type PyramidLevel } from "./pyramid";
import { relationshipStage, type RelationshipStage } from "./relationship-stage";
import { hasRfmInput } from "./rfm";
import { rfmBreaks } from "./rfm-breaks";
import { rfmScore } from "./rfm-score";
import { rfmSegment } from "./rfm-segment";
import { shareCount } from "./share-count";
import { DEFAULT_TIER_SETTINGS, type RfmMethod, type TierSettings } from "./tier-settings";
import { valueMeasure, type ValueMeasure } from "./value-measure";
import { orderByValue } from "./value-order";
import {
  codeOf,
  LIFECYCLE_CODES,
  newTierColumns,
  STAGE_CODES,
  tiersAt,
  type TierColumns,
} from "./tier-columns";

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

/** What scoreTierColumns gives: the tiers as columns and the file's summary. */
export interface TierColumnsResult {
  tiers: TierColumns;
  summary: TierSummary;
}

/**
 * Every tier model over one file's customers (domain.md §4, §8), as scoreTierColumns computes them,
 * with each customer's tiers as an object: for tests and small callers.
 */
export function scoreTiers(
  customers: readonly Customer[],
  fieldsPresent: ReadonlySet<string> | readonly string[],
  asOf: Day,
  settings: TierSettings = DEFAULT_TIER_SETTINGS,
  pAlive: Float64Array | null = null
): TierResult {
  const columns = customerColumnsFromObjects(customers, fieldsPresent);
  const { tiers, summary } = scoreTierColumns(columns, fieldsPresent, asOf, settings, pAlive);
  const out = new Array<CustomerTiers>(columns.size);
  for (let k = 0; k < columns.size; k++) out[k] = tiersAt(columns, tiers, k);
  return { customers: out, summary };
}

/**
 * Every tier model over one file's customers (domain.md §4, §8): value measure, ABC, pyramid,
 * natural breaks, key customers, RFM, lifecycle, relationship stage, churn alert, CLV and mix.
 * One sort by value is shared by every ranking model; nothing is quadratic, and nothing is made
 * per customer but numbers in columns. `pAlive` (per customer, NaN where unknown) is the fitted
 * BG/NBD's, which churn rule "p-alive" alerts on.
 */
export function scoreTierColumns(
  customers: CustomerColumns,
  fieldsPresent: ReadonlySet<string> | readonly string[],
  asOf: Day,
  settings: TierSettings = DEFAULT_TIER_SETTINGS,
  pAlive: Float64Array | null = null
): TierColumnsResult {
  const n = customers.size;
  const warnings: TierWarning[] = [];
  const orders = numberColumn(customers, "orders");
  const firstPurchase = numberColumn(customers, "first_purchase");
  const lastPurchase = numberColumn(customers, "last_purchase");
  const sales = numberColumn(customers, "sales_amount");
  const influence = numberColumn(customers, "influence");
  const { measure, values } = valueMeasure(
    {
      size: n,
      gross_profit: numberColumn(customers, "gross_profit"),
      service_cost: numberColumn(customers, "service_cost"),
      sales_amount: sales,
    },
    fieldsPresent
  );
  const order = orderByValue(values, customers.ids);
  if (measure === "none") warnings.push({ code: "no-value-measure", params: {} });
  else if (order.length < n)
    warnings.push({ code: "unranked-customers", params: { count: n - order.length } });

  const noPurchase = new Uint8Array(n);
  let prospects = 0;
  for (let i = 0; i < n; i++) {
    if (noPurchaseOf(orders[i], lastPurchase[i])) {
      noPurchase[i] = 1;
      prospects++;
    }
  }
  if (n > 0 && prospects === n) warnings.push({ code: "no-buyers", params: {} });

  const abc = abcClasses(values, order, settings.abc);
  if (measure !== "none" && abc.totalNotPositive && order.length > 0) {
    warnings.push({ code: "abc-total-not-positive", params: { total: abc.totalCents / 100 } });
  }
  const out = newTierColumns(n, asOf);
  for (let k = 0; k < order.length; k++) out.rank[order[k]] = k + 1;
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
    if (!hasRfmInput(orders[i], lastPurchase[i], sales[i])) continue;
    rfmRow[i] = eligible;
    rs[eligible] = asOf - lastPurchase[i];
    fs[eligible] = orders[i];
    ms[eligible] = sales[i];
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

  const segmentCode = new Map<string, number>();
  // Scores are 1-5 with the default breaks: 8 x 8 x 8 cells of segment codes (0 = not yet) cover
  // them; scores past 7 (many explicit breaks) skip the table.
  const segmentOfScores = new Uint16Array(512);
  const segmentCounts: number[] = [];
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
  for (let i = 0; i < n; i++) {
    const j = rfmRow[i];
    if (j >= 0 && rfmBreaksUsed) {
      const r = rfmScore(rs[j], rfmBreaksUsed.r, "lower-better");
      const f = rfmScore(fs[j], rfmBreaksUsed.f, "higher-better");
      const m = rfmScore(ms[j], rfmBreaksUsed.m, "higher-better");
      // The segment depends on the three scores only: looked up once per (r, f, m).
      const cell = r < 8 && f < 8 && m < 8 ? (r * 8 + f) * 8 + m : -1;
      let code = cell < 0 ? 0 : segmentOfScores[cell];
      if (code === 0) {
        const segment = rfmSegment(r, f, m, settings.rfm);
        code = segmentCode.get(segment) ?? 0;
        if (code === 0) {
          out.segmentNames.push(segment);
          segmentCounts.push(0);
          code = out.segmentNames.length;
          segmentCode.set(segment, code);
        }
        if (cell >= 0) segmentOfScores[cell] = code;
      }
      segmentCounts[code - 1]++;
      out.r[i] = r;
      out.f[i] = f;
      out.m[i] = m;
      out.segment[i] = code;
    }
    const status = lifecycleOf(
      orders[i],
      firstPurchase[i],
      lastPurchase[i],
      asOf,
      settings.lifecycle
    );
    if (status) lifecycle[status]++;
    const p = pAlive ? pAlive[i] : NaN;
    const usedPAlive = decidesByPAlive(settings.churnAlert, p, orders[i], lastPurchase[i]);
    const alert = usedPAlive
      ? p < settings.churnAlert.pAliveBelow
      : churnAlertOf(orders[i], firstPurchase[i], lastPurchase[i], asOf, settings.churnAlert);
    if (alert) churnAlerts++;
    if (settings.churnAlert.rule === "p-alive" && !usedPAlive && alert !== null) gapRuleKept++;
    const stage = relationshipStage(status, alert);
    if (stage) stages[stage]++;
    const key = keyCustomer(
      pyramid.buyerRank[i],
      highValueCutoff,
      orNull(influence[i]),
      settings.keyCustomers.influenceMin
    );
    if (key.highValue) keyCounts.highValue++;
    if (key.influential) keyCounts.influential++;
    if (key.kind === "both") keyCounts.both++;
    if (abc.lossMaking[i]) lossMaking++;
    const value = values[i];
    out.value[i] = value;
    out.buyerRank[i] = pyramid.buyerRank[i];
    out.abc[i] = abc.classOf[i];
    out.cumulativeShare[i] = abc.cumulativeShare[i];
    out.lossMaking[i] = abc.lossMaking[i];
    out.pyramid[i] = pyramid.levelOf[i];
    out.breakClass[i] = breaks.classOf[i];
    out.key[i] = (key.highValue ? 2 : 0) + (key.influential ? 1 : 0);
    out.lifecycle[i] = codeOf(LIFECYCLE_CODES, status);
    out.stage[i] = codeOf(STAGE_CODES, stage);
    out.churnAlert[i] = alert === null ? 0 : alert ? 2 : 1;
    out.clv[i] = clvOf(value, orders[i], firstPurchase[i], lastPurchase[i], asOf, settings.clv);
  }

  // By first appearance, as the segments' counts have always been listed.
  const segments: Record<string, number> = {};
  out.segmentNames.forEach((name, c) => (segments[name] = segmentCounts[c]));
  if (gapRuleKept > 0)
    warnings.push({ code: "churn-gap-rule-kept", params: { count: gapRuleKept } });

  return {
    tiers: out,
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
      mix: customerMix(
        n,
        (dimension, i) => customerValue(customers, dimension, i) as string | null,
        values,
        order,
        settings.mix.topShare
      ),
      warnings,
    },
  };
}

const orNull = (x: number): number | null => (Number.isNaN(x) ? null : x);
