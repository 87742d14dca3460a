import type { Localized } from "../../../i18n/lang";
import type { Customer } from "../../models/customer";
import { customerLifetimeValue } from "../../models/tiers/clv";
import { hasNoPurchase } from "../../models/tiers/no-purchase";
import type { CustomerTiers, TierSummary } from "../../models/tiers/score-tiers";
import { DEFAULT_TIER_SETTINGS, type TierSettings } from "../../models/tiers/tier-settings";
import { explainAbc } from "./abc-sentence";
import { explainChurnAlert } from "./churn-alert-sentence";
import { explainClv } from "./clv-sentence";
import { explainKeyCustomer } from "./key-customer-sentence";
import { explainLifecycle } from "./lifecycle-sentence";
import { explainNaturalBreaks } from "./natural-breaks-sentence";
import { explainChurnByPAlive, explainPAlive, type PAliveExplainInput } from "./p-alive-sentence";
import { explainPyramid } from "./pyramid-sentence";
import { explainRfm } from "./rfm-sentence";

export interface TierExplanations {
  abc: Localized;
  pyramid: Localized;
  naturalBreaks: Localized;
  keyCustomer: Localized;
  rfm: Localized;
  lifecycle: Localized;
  churnAlert: Localized;
  clv: Localized;
  /** P(alive) in words, when settings chose the bgnbd model and the customer has one. */
  pAlive?: Localized;
}

/**
 * Every tier result of one customer as a sentence in zh-CN and en-US, from scoreTiers' row and
 * summary and the same settings; call it for the customers a user looks at, not for a million.
 * `predictive` is the customer's P(alive) and its history (pAliveExplainInput) with the bgnbd model:
 * it adds the P(alive) sentence, and under churn rule "p-alive" explains the alert by it.
 */
export function explainCustomerTiers(
  t: CustomerTiers,
  c: Customer,
  summary: TierSummary,
  settings: TierSettings = DEFAULT_TIER_SETTINGS,
  currency?: string,
  predictive: PAliveExplainInput | null = null
): TierExplanations {
  const asOf = summary.asOf;
  const total = summary.totals.totalValue;
  const measure = summary.valueMeasure;
  const prospect = hasNoPurchase(c);
  const shareBefore =
    t.cumulativeShare !== null && t.value !== null && total > 0
      ? t.cumulativeShare - t.value / total
      : null;
  const recency = c.last_purchase === null ? null : asOf - c.last_purchase;
  const gapSentence = explainChurnAlert({
    churnAlert: t.churnAlert,
    prospect,
    orders: c.orders,
    spanDays:
      c.first_purchase === null || c.last_purchase === null
        ? null
        : c.last_purchase - c.first_purchase,
    recency,
    settings: settings.churnAlert,
  });
  const pAlive = explainPAlive(predictive);
  return {
    abc: explainAbc({
      abc: t.abc,
      rank: t.rank,
      value: t.value,
      lossMaking: t.lossMaking,
      shareBefore,
      measure,
      totalValue: total,
      totalNotPositive: total <= 0,
      aCount: summary.abc.counts.A,
      aShare: summary.abc.valueShares.A,
      settings: settings.abc,
      currency,
    }),
    pyramid: explainPyramid({
      level: t.pyramid,
      buyerRank: t.buyerRank,
      buyers: summary.totals.rankedBuyers,
      cutoffs: summary.pyramid.cutoffs,
      value: t.value,
      measure,
      settings: settings.pyramid,
      currency,
    }),
    naturalBreaks: explainNaturalBreaks(
      t.breakClass,
      summary.naturalBreaks,
      t.value,
      measure,
      currency
    ),
    keyCustomer: explainKeyCustomer({
      key: t.key,
      buyerRank: t.buyerRank,
      buyers: summary.totals.rankedBuyers,
      highValueCutoff: summary.keyCustomers.highValueCutoff,
      influence: c.influence,
      settings: settings.keyCustomers,
    }),
    rfm: explainRfm({ rfm: t.rfm, breaks: summary.rfmBreaks, settings: settings.rfm, currency }),
    lifecycle: explainLifecycle({
      status: t.lifecycle,
      stage: t.stage,
      churnAlert: t.churnAlert,
      orders: c.orders,
      recency,
      tenureDays: c.first_purchase === null ? null : asOf - c.first_purchase,
      settings: settings.lifecycle,
    }),
    churnAlert:
      settings.churnAlert.rule === "p-alive" && !prospect
        ? explainChurnByPAlive(predictive, t.churnAlert, settings.churnAlert, gapSentence)
        : gapSentence,
    clv: explainClv(
      customerLifetimeValue(t.value, c, asOf, settings.clv),
      t.value,
      prospect,
      measure,
      settings.clv,
      currency
    ),
    ...(pAlive ? { pAlive } : {}),
  };
}
