import { CREDIT_GRADES, type CreditSettings } from "../models/credit/credit-settings";
import { termsText } from "./terms-text";
import type { SqlCte } from "./sql-cte";
import { sqlNumber, sqlString } from "./sql-literal";

/**
 * Confidence is a sum of float shares: 50% built from thirds can come out as 0.49999999999999994,
 * and §8 says 50% is enough; the engine allows the same tolerance (prepare-scorecard.ts).
 */
const CONFIDENCE_TOLERANCE = 1e-9;

/**
 * Grade, light, limit and terms (domain.md §5, §8): below the minimum confidence the grade is
 * "insufficient" and light, limit and terms are NULL; else the best grade whose minimum the exact
 * score reaches, its light, average monthly sales x its multiplier, and its terms.
 */
export function creditPolicyCtes(settings: CreditSettings, from: string): SqlCte[] {
  const grades = CREDIT_GRADES.filter((g) => g !== "C").map(
    (g) =>
      `WHEN credit_score >= ${sqlNumber(settings.gradeMinimums[g as Exclude<typeof g, "C">])} THEN ${sqlString(g)}`
  );
  const byGrade = (value: (grade: (typeof CREDIT_GRADES)[number]) => string) =>
    CREDIT_GRADES.map((g) => `WHEN ${sqlString(g)} THEN ${value(g)}`).join(" ");
  const threshold = settings.minConfidence - CONFIDENCE_TOLERANCE;
  return [
    {
      name: "credit_grade",
      section: "domain.md §5 Grades; §8 the exact score decides, insufficient below 50% confidence",
      why: "the best grade whose minimum the exact score reaches",
      body: `SELECT *,
    CASE
      WHEN credit_score IS NULL OR NOT credit_confidence >= ${sqlNumber(threshold)} THEN 'insufficient'
      ${grades.join("\n      ")}
      ELSE 'C'
    END AS credit_grade
  FROM ${from}`,
    },
    {
      name: "credit_policy",
      section: "domain.md §5 Grades, lights and policy; §8 insufficient below 50% confidence",
      why: "grade from the exact score, light, recommended limit and terms",
      body: `SELECT *,
    CASE credit_grade ${byGrade((g) => sqlString(settings.lights[g]))} END AS credit_light,
    CASE credit_grade ${byGrade((g) => `avg_monthly_sales * ${sqlNumber(settings.policy[g].limitMultiplier)}`)} END AS recommended_limit,
    CASE credit_grade ${byGrade((g) => sqlString(termsText(settings.policy[g].terms)))} END AS credit_terms
  FROM credit_grade`,
    },
  ];
}
