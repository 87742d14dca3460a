import { churnAction } from "../../engine/models/tiers/churn-action";
import { isoFromDay } from "../../engine/day";
import { reasonPhrase } from "../../engine/explain/credit/reason-phrase";
import type { CreditTerms } from "../../engine/models/credit/credit-settings";
import type { FuzzyResult } from "../../engine/models/credit/fuzzy";
import type { ValueMeasure } from "../../engine/models/tiers/value-measure";
import type { ScoredCustomer, ScoreRun } from "../../engine/score-workbook";
import type { Lang } from "../../i18n/lang";
import { clvModelJson, predictiveCustomerJson } from "./predictive-clv-json";
import { countScoredCustomers, scoredCount, scoredCustomerAt } from "../../engine/scored-customers";

/** The value measure as `score --json` names it (issue #3). */
const MEASURE_NAMES: Record<ValueMeasure, string | null> = {
  gross_profit_less_service_cost: "gross_profit - service_cost",
  gross_profit: "gross_profit",
  sales_amount: "sales_amount",
  none: null,
};

/** Terms as text: "90 days", "COD", "prepayment". */
export function termsText(terms: CreditTerms | null): string | null {
  return terms === null ? null : typeof terms === "number" ? `${terms} days` : terms;
}

/** Rounds for output; a value too large to scale is given as it is. */
export function roundForJson(value: number | null, decimals: number): number | null {
  if (value === null) return null;
  const factor = 10 ** decimals;
  const scaled = value * factor;
  // Near the largest double, scaling overflows to Infinity (JSON null): such a value has no decimals to round.
  return Number.isFinite(scaled) ? Math.round(scaled) / factor : value;
}

/** The fuzzy evaluation (credit.method "fuzzy"): the winning grade and the membership vector. */
function fuzzyJson(fuzzy: FuzzyResult | null) {
  return (
    fuzzy && {
      grade: fuzzy.grade,
      memberships: Object.fromEntries(
        fuzzy.memberships.map((m) => [m.grade, roundForJson(m.membership, 4)])
      ),
    }
  );
}

/** One customer in the documented shape. */
export function customerJson(scored: ScoredCustomer, lang: Lang) {
  const { customer, tiers, credit, altman } = scored;
  return {
    row: customer.row,
    customer_id: customer.customer_id,
    name: customer.name,
    value: roundForJson(tiers.value, 2),
    abc: tiers.abc,
    pyramid: tiers.pyramid,
    rfm: tiers.rfm && {
      r: tiers.rfm.r,
      f: tiers.rfm.f,
      m: tiers.rfm.m,
      segment: tiers.rfm.segment,
    },
    lifecycle: tiers.lifecycle,
    churnAlert: tiers.churnAlert === true,
    churnAction: churnAction(tiers),
    clv: roundForJson(tiers.clv, 2),
    credit: {
      score: roundForJson(credit.score, 2),
      grade: credit.grade,
      confidence: roundForJson(credit.confidence, 4),
      limit: roundForJson(credit.limit, 2),
      terms: termsText(credit.terms),
      reasons: credit.reasons.map((r) => reasonPhrase(r, lang)),
      ...(credit.fuzzy !== undefined && { fuzzy: fuzzyJson(credit.fuzzy) }),
    },
    altmanZ: roundForJson(altman?.z ?? null, 4),
  };
}

/** The summary object of `score --json`. */
export function summaryJson(run: ScoreRun) {
  const t = run.tiers;
  return {
    customers: scoredCount(run),
    validation: run.validation.stats,
    abc: t.abc,
    pyramid: t.pyramid.counts,
    segments: t.segments,
    lifecycle: t.lifecycle,
    churnAlerts: t.churnAlerts,
    churnCalls: countScoredCustomers(run, (c) => churnAction(c.tiers) === "call"),
    churnWinBacks: countScoredCustomers(run, (c) => churnAction(c.tiers) === "win-back"),
    credit: run.credit,
    totalValue: t.totals.totalValue,
    warnings: t.warnings,
  };
}

/** Customers per write: about a megabyte of text (some 360 bytes a customer). */
const CHUNK_CUSTOMERS = 3000;

/**
 * Writes `score --json` in chunks of about a megabyte, so a million customers never become one
 * giant string. Each chunk is one JSON.stringify of its customers' objects: measured at a million
 * customers, that allocates less (and costs less CPU) than a string per customer joined, or than
 * writing each customer's text by hand, because JSON.stringify builds its text in place.
 */
export async function writeScoreJson(
  run: ScoreRun,
  lang: Lang,
  write: (text: string) => void,
  drained: () => Promise<void> = () => Promise.resolve()
): Promise<void> {
  const head = {
    asOf: isoFromDay(run.asOf),
    settingsVersion: run.settings.version,
    valueMeasure: MEASURE_NAMES[run.tiers.valueMeasure],
    rfmBreaks: run.tiers.rfmBreaks,
    // Only with settings tiers.clv.model "bgnbd": the default output keeps its documented shape.
    ...(run.predictiveClv && {
      clvModel: clvModelJson(run.predictiveClv, run.settings.tiers.clv, lang),
    }),
  };
  write(JSON.stringify(head).slice(0, -1) + ',"customers":[');
  const n = scoredCount(run);
  for (let start = 0; start < n; start += CHUNK_CUSTOMERS) {
    const end = Math.min(n, start + CHUNK_CUSTOMERS);
    const chunk = new Array<object>(end - start);
    const predictive = run.predictiveClv;
    for (let i = start; i < end; i++) {
      const customer = customerJson(scoredCustomerAt(run, i), lang);
      chunk[i - start] = predictive
        ? { ...customer, predictiveClv: predictiveCustomerJson(predictive, i) }
        : customer;
    }
    // The chunk's array brackets dropped: the customers array spans every chunk. Its "[" becomes the
    // "," after the last chunk by a replace, which makes a flat string: a "," + text concatenation
    // would be a cons string, which the CLI's control-character scan reads ten times slower.
    const text = JSON.stringify(chunk);
    write(start === 0 ? text.slice(1, -1) : text.replace("[", ",").slice(0, -1));
    await drained();
  }
  write('],"summary":' + JSON.stringify(summaryJson(run)) + "}\n");
}
