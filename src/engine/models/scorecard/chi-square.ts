/**
 * Pearson's chi-square of the 2 x 2 table of two adjacent bins by good / bad (domain.md §5,
 * ChiMerge). A table with a zero row or column total counts as 0: the two bins then say nothing
 * different from each other, so they are the first to merge.
 */
export function pairChiSquare(
  goodsA: number,
  badsA: number,
  goodsB: number,
  badsB: number
): number {
  const rowA = goodsA + badsA;
  const rowB = goodsB + badsB;
  const goods = goodsA + goodsB;
  const bads = badsA + badsB;
  if (rowA === 0 || rowB === 0 || goods === 0 || bads === 0) return 0;
  const n = rowA + rowB;
  const cell = (observed: number, row: number, column: number): number => {
    const expected = (row * column) / n;
    return ((observed - expected) * (observed - expected)) / expected;
  };
  return (
    cell(goodsA, rowA, goods) +
    cell(badsA, rowA, bads) +
    cell(goodsB, rowB, goods) +
    cell(badsB, rowB, bads)
  );
}
