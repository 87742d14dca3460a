import { MAX_BLOCK_ROWS, REQUEST_BUDGET_BYTES } from "./limits";

/**
 * How many rows the next block may hold: MAX_BLOCK_ROWS, fewer when rows of `bytesPerRow` would
 * push the block over the budget; at least one row, so a huge row still moves forward.
 */
export function rowsPerBlock(
  bytesPerRow: number,
  budget = REQUEST_BUDGET_BYTES,
  maxRows = MAX_BLOCK_ROWS
): number {
  if (!(bytesPerRow > 0)) return maxRows;
  return Math.max(1, Math.min(maxRows, Math.floor(budget / bytesPerRow)));
}
