import type { CreditGrade, CreditSettings } from "./credit-settings";
import { CREDIT_GRADES } from "./credit-settings";

/**
 * The grade of an exact score: the best grade whose minimum the score reaches, else C. The exact
 * score decides, not the rounded one shown (domain.md §8: 59.9997 is BB).
 */
export function creditGrade(score: number, minimums: CreditSettings["gradeMinimums"]): CreditGrade {
  for (const grade of CREDIT_GRADES) {
    if (grade !== "C" && score >= minimums[grade]) return grade;
  }
  return "C";
}
