import type { AltmanResult } from "../models/credit/altman";
import type { CreditOutcome } from "../models/credit/credit-result";
import type { CreditGrade } from "../models/credit/credit-settings";

/** Grades that tell a manager to extend credit freely: a distress-zone Z'' beside one needs a second look. */
const GOOD_GRADES: readonly CreditGrade[] = ["AAA", "AA", "A"];

export interface CreditCheck {
  grade: CreditGrade;
  z: number;
}

/**
 * Where the scorecard and Altman Z'' disagree: a grade of A or better while the accounts sit in the
 * distress zone. Null when they agree or either is missing. The scorecard weighs payment habits the
 * accounts cannot show, so neither wins; the sheet asks a person to look (issue 16).
 */
export function creditCheck(
  credit: CreditOutcome,
  altman: AltmanResult | null
): CreditCheck | null {
  if (altman === null || altman.zone !== "distress") return null;
  if (credit.grade === "insufficient" || !GOOD_GRADES.includes(credit.grade)) return null;
  return { grade: credit.grade, z: altman.z };
}
