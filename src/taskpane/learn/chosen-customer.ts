import type { ScoredCustomer, ScoreRun } from "../../engine/score-workbook";

/**
 * The customer whose numbers fill the worked examples: the one on `row`, else the top-ranked
 * customer (so the cards show real numbers before anyone picks a row), else the first. Null only
 * for a run without customers.
 */
export function chosenCustomer(run: ScoreRun, row: number | null): ScoredCustomer | null {
  if (row !== null) {
    const onRow = run.customers.find((c) => c.customer.row === row);
    if (onRow) return onRow;
  }
  return run.customers.find((c) => c.tiers.rank === 1) ?? run.customers[0] ?? null;
}
