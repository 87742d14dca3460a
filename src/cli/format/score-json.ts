import { isoFromDay } from "../../engine/day";
import { reasonPhrase } from "../../engine/explain/credit/reason-phrase";
import type { ValueMeasure } from "../../engine/models/tiers/value-measure";
import type { ScoredCustomer, ScoreRun } from "../../engine/score-workbook";
import type { Lang } from "../../i18n/lang";
import { customerJsonText } from "./customer-json-text";
import { roundForJson } from "./round-for-json";
import { termsText } from "./terms-text";

export { roundForJson, termsText };

/** The value measure as `score --json` names it (issue #3). */
const MEASURE_NAMES: Record<ValueMeasure, string | null> = {
  gross_profit_less_service_cost: "gross_profit - service_cost",
  gross_profit: "gross_profit",
  sales_amount: "sales_amount",
  none: null,
};

/** One customer in the documented shape (the writer writes the same text directly: customerJsonText). */
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
    clv: roundForJson(tiers.clv, 2),
    credit: {
      score: roundForJson(credit.score, 2),
      grade: credit.grade,
      confidence: roundForJson(credit.confidence, 4),
      limit: roundForJson(credit.limit, 2),
      terms: termsText(credit.terms),
      reasons: credit.reasons.map((r) => reasonPhrase(r, lang)),
    },
    altmanZ: roundForJson(altman?.z ?? null, 4),
  };
}

/** The summary object of `score --json`. */
export function summaryJson(run: ScoreRun) {
  const t = run.tiers;
  return {
    customers: run.customers.length,
    validation: run.validation.stats,
    abc: t.abc,
    pyramid: t.pyramid.counts,
    segments: t.segments,
    lifecycle: t.lifecycle,
    churnAlerts: t.churnAlerts,
    credit: run.credit,
    totalValue: t.totals.totalValue,
    warnings: t.warnings,
  };
}

/** About a megabyte of text per write: few calls, and never one giant string. */
const CHUNK_CHARS = 1 << 20;

/**
 * Writes `score --json` in pieces of about a megabyte, each customer's text written directly, so a
 * million customers never become one giant string or a million temporary objects.
 */
export function writeScoreJson(run: ScoreRun, lang: Lang, write: (text: string) => void): void {
  const head = {
    asOf: isoFromDay(run.asOf),
    settingsVersion: run.settings.version,
    valueMeasure: MEASURE_NAMES[run.tiers.valueMeasure],
    rfmBreaks: run.tiers.rfmBreaks,
  };
  let chunk = JSON.stringify(head).slice(0, -1) + ',"customers":[';
  for (let i = 0; i < run.customers.length; i++) {
    chunk += (i === 0 ? "" : ",") + customerJsonText(run.customers[i], lang);
    if (chunk.length >= CHUNK_CHARS) {
      write(chunk);
      chunk = "";
    }
  }
  write(chunk + '],"summary":' + JSON.stringify(summaryJson(run)) + "}\n");
}
