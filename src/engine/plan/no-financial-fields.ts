import type { ScoreRun } from "../score-workbook";
import { ENTERPRISE_TEMPLATE } from "../template/enterprise";
import type { Lang } from "../../i18n/lang";
import { findScoredCustomer } from "../scored-customers";

/** The enterprise template's credit and finance part (domain.md §2): what a scorecard grade rests on. */
const FINANCIAL_FIELDS = ENTERPRISE_TEMPLATE.fields.filter((f) => f.part === "credit");

/**
 * The titles of the financial fields, in `lang`, when the scored sheet has none of them and so no
 * customer got a grade; null otherwise. Then every score rests on the few non-financial indicators
 * (years as a customer) and, shown beside a grade column, would read as a grade (issue 16). A
 * custom scorecard that grades some customers from other fields is never hidden.
 */
export function missingFinancialFields(run: ScoreRun, lang: Lang): string[] | null {
  if (FINANCIAL_FIELDS.some((f) => run.table.fieldColumns[f.name] !== undefined)) return null;
  if (findScoredCustomer(run, (c) => c.credit.grade !== "insufficient")) return null;
  return FINANCIAL_FIELDS.map((f) => f.title[lang]);
}
