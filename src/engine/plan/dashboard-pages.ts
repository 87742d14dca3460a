/** A block of the Dashboard: a titled table with its chart beside it, rows `first` to `last`. */
export interface DashboardBlock {
  first: number;
  last: number;
}

/**
 * Rows after which a printed page ends, so that no block (a table and the chart beside it) is cut
 * between two pages: blocks are packed in order onto pages of `rowsPerPage` rows; a block taller
 * than a page starts a page of its own and runs on.
 */
export function dashboardPageBreaks(
  blocks: readonly DashboardBlock[],
  rowsPerPage: number
): number[] {
  const breaks: number[] = [];
  let pageStart = 1;
  for (const block of blocks) {
    const fits = block.last - pageStart + 1 <= rowsPerPage;
    if (!fits && block.first > pageStart) {
      breaks.push(block.first - 1);
      pageStart = block.first;
    }
  }
  return breaks;
}
