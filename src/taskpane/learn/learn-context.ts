import { formatMoney } from "../../engine/explain/money";
import { percent } from "../../engine/explain/tiers/percent";
import { plainNumber } from "../../engine/explain/tiers/plain-number";
import type { ScoredCustomer, ScoreRun } from "../../engine/score-workbook";
import type { Lang } from "../../i18n/lang";
import { paneTranslator, type PaneKey } from "../../i18n/pane";

/** What every card builder needs: the run, the worked example's customer, and how to write numbers. */
export interface LearnContext {
  run: ScoreRun;
  scored: ScoredCustomer | null;
  lang: Lang;
  t: (key: PaneKey, params?: Record<string, string | number>) => string;
  money: (value: number | null) => string;
  share: (value: number | null) => string;
  num: (value: number | null, decimals?: number) => string;
  /** "C001 Acme (row 4)". */
  who: string;
}

/** The card builders' shared context for one run, customer and language. */
export function learnContext(
  run: ScoreRun,
  scored: ScoredCustomer | null,
  lang: Lang
): LearnContext {
  const t = paneTranslator(lang);
  const dash = "–";
  const who = scored
    ? `${scored.customer.customer_id} ${scored.customer.name ?? ""}`.trim() +
      (lang === "zh-CN" ? `（第 ${scored.customer.row} 行）` : ` (row ${scored.customer.row})`)
    : t("learnNone");
  return {
    run,
    scored,
    lang,
    t,
    money: (v) => (v === null ? dash : formatMoney(v, lang)),
    share: (v) => (v === null ? dash : percent(v)),
    num: (v, decimals = 2) => (v === null ? dash : plainNumber(v, decimals)),
    who,
  };
}
