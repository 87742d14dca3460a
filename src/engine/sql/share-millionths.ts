import { sqlInteger } from "./sql-literal";

/**
 * A share from the settings in whole millionths, as the engine rounds it (share-count.ts, abc.ts),
 * so that comparisons against it are exact integer arithmetic in SQL.
 */
export function shareMillionths(share: number): string {
  return sqlInteger(Math.round(share * 1_000_000));
}

/**
 * `position <= ceil(share x n)` in integers, for a whole position >= 1 (the engine's shareCount):
 * (position - 1) x 1,000,000 < millionths x n.
 */
export function withinShareSql(position: string, share: number, n: string): string {
  return `(${position} - 1) * 1000000 < ${shareMillionths(share)} * ${n}`;
}
