import type { ScoreRun, ScoredCustomer } from "../../score-workbook";
import type { Lang } from "../../../i18n/lang";
import { planText } from "../../../i18n/plan";
import { creditCheck } from "../../plan/credit-check";
import { missingFinancialFields } from "../../plan/no-financial-fields";

/** The note a file without financial fields gets once, in `lang`, or null (issue 16). */
export function noFinancialFieldsNote(run: ScoreRun, lang: Lang): string | null {
  const missing = missingFinancialFields(run, lang);
  return missing === null
    ? null
    : planText(lang).credit.noFinancialFields(missing.join(lang === "zh-CN" ? "、" : ", "));
}

/**
 * What Why? says beside a customer's credit explanation, in the Credit sheet's words: that the file
 * has no financial fields (so no grade), and the "check" where a grade of A or better sits in the
 * Altman distress zone. Empty when neither applies.
 */
export function creditNotes(scored: ScoredCustomer, run: ScoreRun, lang: Lang): string[] {
  const notes: string[] = [];
  const missing = noFinancialFieldsNote(run, lang);
  if (missing !== null) notes.push(missing);
  const check = creditCheck(scored.credit, scored.altman);
  if (check !== null) {
    notes.push(
      planText(lang).credit.checkReason(
        check.grade,
        check.z.toFixed(2),
        String(run.settings.credit.altman.distressBelow)
      )
    );
  }
  return notes;
}
