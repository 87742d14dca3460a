import type { ScoredCustomer, ScoreRun } from "../../engine/score-workbook";
import {
  findScoredCustomer,
  scoredCount,
  scoredCustomerAt,
  scoredIndexOfRow,
} from "../../engine/scored-customers";

/**
 * The customer whose numbers fill the worked examples: the one on `row`, else the top-ranked
 * customer (so the cards show real numbers before anyone picks a row), else the first. Null only
 * for a run without customers.
 */
export function chosenCustomer(run: ScoreRun, row: number | null): ScoredCustomer | null {
  if (row !== null) {
    const onRow = scoredIndexOfRow(run, row);
    if (onRow >= 0) return scoredCustomerAt(run, onRow);
  }
  return (
    findScoredCustomer(run, (c) => c.tiers.rank === 1) ??
    (scoredCount(run) > 0 ? scoredCustomerAt(run, 0) : null)
  );
}
