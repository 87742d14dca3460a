import { creditDetail } from "../../engine/credit-detail";
import { creditNotes } from "../../engine/explain/credit/credit-notes";
import { explainCredit } from "../../engine/explain/credit/explain-credit";
import { explainFuzzy } from "../../engine/explain/credit/explain-fuzzy";
import { salesSummary } from "../../engine/explain/sales-summary";
import { explainCustomerTiers } from "../../engine/explain/tiers/explain-customer-tiers";
import { pAliveInput } from "../../engine/explain/tiers/p-alive-input";
import type { ScoreRun } from "../../engine/score-workbook";
import { scoredCustomerAt, scoredIndexOfRow } from "../../engine/scored-customers";
import { LANGS, type Lang, type Localized } from "../../i18n/lang";

/** "Why?" for one customer, every text in both languages: what the Why? panel shows. */
export interface WhyAnswer {
  customerId: string;
  name: string | null;
  /** The plain line a salesperson acts on first. */
  summary: Localized;
  /** One sentence per tier result, in the explainer's order. */
  tiers: { key: string; text: Localized }[];
  credit: Localized;
  creditNotes: Record<Lang, string[]>;
  /** The fuzzy evaluation's sentence, when the run used the fuzzy method. */
  fuzzy: Localized | null;
}

const both = (text: (lang: Lang) => string): Localized => ({
  "zh-CN": text("zh-CN"),
  "en-US": text("en-US"),
});

/**
 * Why? for the customer read from sheet row `row`, or null when no customer came from it. Built
 * where the run is (the engine worker), so the page asks for one customer instead of holding all.
 */
export function whyAnswer(run: ScoreRun, row: number): WhyAnswer | null {
  const index = scoredIndexOfRow(run, row);
  if (index < 0) return null;
  const scored = scoredCustomerAt(run, index);
  const tiers = explainCustomerTiers(
    scored.tiers,
    scored.customer,
    run.tiers,
    run.settings.tiers,
    undefined,
    pAliveInput(run, index)
  );
  const detail = creditDetail(run, scored);
  const fuzzy = scored.credit.fuzzy;
  return {
    customerId: scored.customer.customer_id,
    name: scored.customer.name,
    summary: salesSummary(scored),
    tiers: Object.entries(tiers).map(([key, text]) => ({ key, text: text as Localized })),
    credit: both((lang) => explainCredit(detail, lang)),
    creditNotes: Object.fromEntries(
      LANGS.map((lang) => [lang, creditNotes(scored, run, lang)])
    ) as Record<Lang, string[]>,
    fuzzy:
      fuzzy === undefined
        ? null
        : both((lang) => explainFuzzy(fuzzy, run.settings.credit.fuzzyGrades, lang)),
  };
}
