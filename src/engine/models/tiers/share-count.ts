/**
 * How many of n items a share covers, rounded up: ceil(share x n), computed so that a share typed
 * as a decimal (0.07) times n (100) gives 7, not the 8 that 0.07 * 100 = 7.000000000000001 would.
 */
export function shareCount(share: number, n: number): number {
  if (!(share > 0) || n <= 0) return 0;
  // Shares are settings with at most six decimals; in millionths they are exact integers.
  const millionths = Math.round(share * 1_000_000);
  return Math.min(n, Math.ceil((millionths * n) / 1_000_000));
}
