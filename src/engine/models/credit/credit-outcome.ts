import type { CreditOutcome } from "./credit-result";

/**
 * A credit result without its breakdown by indicator and dimension (see CreditOutcome); given an
 * outcome, a copy of it.
 */
export function creditOutcome(result: CreditOutcome): CreditOutcome {
  // Listed, not spread: a spread would copy the breakdown's keys as undefined into every outcome.
  const outcome: CreditOutcome = {
    customerId: result.customerId,
    scorecard: result.scorecard,
    score: result.score,
    grade: result.grade,
    confidence: result.confidence,
    light: result.light,
    limit: result.limit,
    terms: result.terms,
    averageMonthlySales: result.averageMonthlySales,
    reasons: result.reasons,
  };
  if (result.fuzzy !== undefined) outcome.fuzzy = result.fuzzy;
  return outcome;
}
