import { reasonPhrase } from "../../engine/explain/credit/reason-phrase";
import type { ScoredCustomer } from "../../engine/score-workbook";
import type { Lang } from "../../i18n/lang";
import { jsonNumber, jsonString } from "./json-text";
import { roundForJson } from "./round-for-json";
import { termsText } from "./terms-text";

/**
 * One customer of `score --json` as JSON text, byte for byte JSON.stringify(customerJson(scored,
 * lang)) (same keys, same order), written directly: a million customers then make a million strings
 * rather than a million object trees for JSON.stringify to walk.
 */
export function customerJsonText(scored: ScoredCustomer, lang: Lang): string {
  const { customer, tiers, credit, altman } = scored;
  const rfm = tiers.rfm;
  const rfmText =
    rfm === null
      ? "null"
      : `{"r":${jsonNumber(rfm.r)},"f":${jsonNumber(rfm.f)},"m":${jsonNumber(rfm.m)}` +
        `,"segment":${jsonString(rfm.segment)}}`;
  let reasons = "";
  for (let k = 0; k < credit.reasons.length; k++)
    reasons += (k === 0 ? "" : ",") + jsonString(reasonPhrase(credit.reasons[k], lang));
  return (
    `{"row":${jsonNumber(customer.row)},"customer_id":${jsonString(customer.customer_id)}` +
    `,"name":${jsonString(customer.name)},"value":${jsonNumber(roundForJson(tiers.value, 2))}` +
    `,"abc":${jsonString(tiers.abc)},"pyramid":${jsonString(tiers.pyramid)},"rfm":${rfmText}` +
    `,"lifecycle":${jsonString(tiers.lifecycle)},"churnAlert":${tiers.churnAlert === true}` +
    `,"clv":${jsonNumber(roundForJson(tiers.clv, 2))}` +
    `,"credit":{"score":${jsonNumber(roundForJson(credit.score, 2))}` +
    `,"grade":${jsonString(credit.grade)}` +
    `,"confidence":${jsonNumber(roundForJson(credit.confidence, 4))}` +
    `,"limit":${jsonNumber(roundForJson(credit.limit, 2))}` +
    `,"terms":${jsonString(termsText(credit.terms))},"reasons":[${reasons}]}` +
    `,"altmanZ":${jsonNumber(roundForJson(altman?.z ?? null, 4))}}`
  );
}
