import type { CreditResult } from "./models/credit/credit-result";
import { creditScorer } from "./models/credit/credit-scorer";
import type { ScoredCustomer, ScoreRun } from "./score-workbook";

/**
 * One customer's whole credit result, breakdown by indicator and dimension included, scored again
 * from the run's own data and settings: a run keeps only each customer's outcome (CreditOutcome), and
 * a view of one customer (Why?, a Learn card) asks for the rest. Same inputs, same result.
 */
export function creditDetail(
  run: Pick<ScoreRun, "settings" | "table" | "asOf">,
  scored: ScoredCustomer
): CreditResult {
  return creditScorer(run.settings.credit, run.table)(scored.customer, run.asOf);
}
