import type { Lang, Localized } from "../../../i18n/lang";
import { clvText } from "../../../i18n/clv";
import type { TierSettings } from "../../models/tiers/tier-settings";
import { plainNumber } from "./plain-number";

/** What P(alive) rests on, for one customer, in the settings' period (weeks or days). */
export interface PAliveExplainInput {
  pAlive: number;
  /** Repeat purchases x (purchase days after the first). */
  repeatPurchases: number;
  /** t_x: from the first to the last purchase. */
  recency: number;
  /** T: from the first purchase to the as-of date. */
  age: number;
  unit: TierSettings["clv"]["period"];
}

/** Above this P(alive) a customer is "likely still a customer"; the alert threshold is the other end. */
const LIKELY = 0.7;
const UNLIKELY = 0.3;

function history(x: PAliveExplainInput, lang: Lang): string {
  const t = clvText(lang);
  // "Times" are purchase days, as the model counts them (orders on one day are one purchase). Whole
  // periods read better than 39.86 weeks; P(alive) itself is computed on the exact times.
  const span = plainNumber(x.age, 0);
  const since = plainNumber(x.age - x.recency, 0);
  return t.why.history(x.repeatPurchases + 1, span, since, t.unit(x.unit));
}

const pShown = (p: number) => p.toFixed(2);

/**
 * P(alive) in words with the history it rests on: "Bought 5 times in 40 weeks, last 30 weeks ago:
 * likely still a customer (P(alive) 0.73)." A customer who never bought again has P(alive) 1 under
 * BG/NBD (it lets customers leave only right after a purchase), which the sentence says rather than
 * calling a one-off buyer of long ago "likely still a customer". Null without a P(alive).
 */
export function explainPAlive(x: PAliveExplainInput | null): Localized | null {
  if (x === null || Number.isNaN(x.pAlive)) return null;
  const say = (lang: Lang): string => {
    const t = clvText(lang).why;
    const h = history(x, lang);
    if (x.repeatPurchases === 0) return t.oneOrder(h);
    const verdict = x.pAlive >= LIKELY ? t.likely : x.pAlive >= UNLIKELY ? t.unsure : t.unlikely;
    return t.pAlive(h, verdict, pShown(x.pAlive));
  };
  return { "zh-CN": say("zh-CN"), "en-US": say("en-US") };
}

/**
 * The churn alert under rule "p-alive": P(alive) against the threshold, with the history. Where the
 * customer has no P(alive) the gap rule decided, and `gapSentence` (the gap rule's own sentence)
 * follows a note saying so.
 */
export function explainChurnByPAlive(
  x: PAliveExplainInput | null,
  churnAlert: boolean | null,
  settings: TierSettings["churnAlert"],
  gapSentence: Localized
): Localized {
  const say = (lang: Lang): string => {
    const t = clvText(lang).why;
    if (x === null || Number.isNaN(x.pAlive) || churnAlert === null)
      return t.gapKept + gapSentence[lang];
    const below = plainNumber(settings.pAliveBelow);
    const sentence = churnAlert ? t.alert : t.noAlert;
    return sentence(pShown(x.pAlive), below, history(x, lang));
  };
  return { "zh-CN": say("zh-CN"), "en-US": say("en-US") };
}
