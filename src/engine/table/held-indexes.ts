/**
 * Rows longer than this may be sparse: a reader keeps a row with a few values spread far apart (one
 * in column XFD) as an array with holes, which V8 stores by its values, not its length.
 */
export const SPARSE_PAST = 1024;

/**
 * The indexes of a row from `from` on that hold something (a hole holds nothing), ascending. A long
 * row is walked by the cells it holds: 200,000 rows reaching column XFD would otherwise cost 3
 * billion steps of checks that look right of the table.
 */
export function heldIndexes(row: readonly unknown[], from = 0): number[] {
  const out: number[] = [];
  if (row.length <= SPARSE_PAST) {
    for (let j = from; j < row.length; j++) if (j in row) out.push(j);
    return out;
  }
  // Object.keys lists an array's index keys in ascending order, and only those it holds.
  for (const key of Object.keys(row)) {
    const j = Number(key);
    if (Number.isInteger(j) && j >= from) out.push(j);
  }
  return out;
}
