import type { CreditResult } from "./models/credit/credit-result";
import { creditScorer } from "./models/credit/credit-scorer";
import type { CreditSettings } from "./models/credit/credit-settings";
import type { ScoredCustomer, ScoreRun } from "./score-workbook";
import type { Table } from "./table/table";

type Scorer = ReturnType<typeof creditScorer>;

// One scorer per table and settings: preparing one walks the whole table (a statistical scorecard
// indexes every row), and a view asks again on every render and for every Learn card.
const scorers = new WeakMap<Table, { settings: CreditSettings; score: Scorer }>();

/**
 * One customer's whole credit result, breakdown by indicator and dimension included, scored again
 * from the run's own data and settings: a run keeps only each customer's outcome (CreditOutcome), and
 * a view of one customer (Why?, a Learn card) asks for the rest. Same inputs, same result.
 */
export function creditDetail(
  run: Pick<ScoreRun, "settings" | "table" | "asOf">,
  scored: ScoredCustomer
): CreditResult {
  let cached = scorers.get(run.table);
  if (cached === undefined || cached.settings !== run.settings.credit) {
    cached = { settings: run.settings.credit, score: creditScorer(run.settings.credit, run.table) };
    scorers.set(run.table, cached);
  }
  return cached.score(scored.customer, run.asOf);
}
